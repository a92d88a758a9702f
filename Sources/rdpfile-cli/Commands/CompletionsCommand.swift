/// `rdpfile completions SHELL`: print a completion script for bash, zsh or fish.
struct CompletionsCommand: Command {
  static let name = "completions"
  static let summary = "Print shell completions (bash, zsh or fish) for every command and option."
  static let usage = "rdpfile completions bash|zsh|fish"
  static let help = """
    The script completes command names, each command's options (the ones its help names) and
    file names. Install it where your shell looks:

      rdpfile completions bash > /usr/share/bash-completion/completions/rdpfile
      rdpfile completions zsh  > /usr/share/zsh/vendor-completions/_rdpfile
      rdpfile completions fish > /usr/share/fish/vendor_completions.d/rdpfile.fish
    """

  var shell: String

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var shells: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): shells.append(value)
      }
    }
    guard shells.count == 1, let shell = shells.first, CommandReference.shells.contains(shell) else {
      throw UsageError("name one shell: bash, zsh or fish")
    }
    self.shell = shell
  }

  func run(in context: CommandContext) -> ExitCode {
    context.output.write(CommandReference.completions(for: shell))
    return .success
  }
}
