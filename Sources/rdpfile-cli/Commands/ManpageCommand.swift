/// `rdpfile manpage`: print the manual page.
struct ManpageCommand: Command {
  static let name = "manpage"
  static let summary = "Print the manual page (roff), made from the same text as --help."
  static let usage = "rdpfile manpage"
  static let help = """
    Read it with 'rdpfile manpage | man -l -', or install it:

      rdpfile manpage | gzip -9 > /usr/share/man/man1/rdpfile.1.gz
    """

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      switch argument {
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): throw UsageError("unexpected argument '\(value)'")
      }
    }
  }

  func run(in context: CommandContext) -> ExitCode {
    context.output.write(CommandReference.manualPage)
    return .success
  }
}
