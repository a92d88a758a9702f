import RDPFile

/// `rdpfile unset`: remove keys.
struct UnsetCommand: Command {
  static let name = "unset"
  static let summary = "Remove every line of the given keys, changing nothing else."
  static let usage = "rdpfile unset FILE KEY... [--dry-run] [--backup SUFFIX]"
  static let help = """
    Removes every occurrence of each KEY (matched without regard to letter case, whatever the
    type letter). The other lines keep their bytes, and the file is replaced atomically, keeping
    its permissions. Signed files are refused unless --strip-signature is given.

    options:
      --dry-run          report what would change, write nothing
      --backup SUFFIX    keep the original bytes as FILE+SUFFIX
      --strip-signature  allow editing a signed file by removing its signature
      --max-size BYTES   refuse files larger than this (default 16 MiB)
    """

  var path: String
  var keys: [String]
  var options = WriteOptions()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var positionals: [String] = []
    while let argument = scanner.next() {
      if try options.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): positionals.append(value)
      }
    }
    guard positionals.count >= 2 else { throw UsageError("expects a FILE and at least one KEY") }
    path = positionals[0]
    keys = Array(positionals.dropFirst())
  }

  func run(in context: CommandContext) -> ExitCode {
    InPlaceEdit(path: path, options: options, context: context).run { (document: inout RDPDocument) throws(RDPFileError) -> [String] in
      keys.map { key in
        let removed = document.removeSettings(named: key)
        let name = TextEscaper.escape(key)
        return removed.isEmpty
          ? "\(name): not present"
          : "removed \(name) (line\(removed.count == 1 ? "" : "s") \(removed.map { String($0 + 1) }.joined(separator: ", ")))"
      }
    }
  }
}
