import RDPFile

/// `rdpfile set`: change or add settings in place.
struct SetCommand: Command {
  static let name = "set"
  static let summary = "Set KEY:TYPE:VALUE settings in a file, changing nothing else."
  static let usage = "rdpfile set FILE KEY:TYPE:VALUE... [--dry-run] [--backup SUFFIX]"
  static let help = """
    For a key that is present, its last occurrence gets the new type letter and value in place:
    the key keeps its spelling and the line keeps its terminator. A missing key is appended in
    the file's own encoding and most common line ending. Every other byte stays as it was, and
    the file is replaced atomically (a temporary file in the same folder, then a rename), keeping
    its permissions. A file that changed on disk meanwhile is left alone.

    Changing a setting covered by a signature breaks the signature: set refuses signed files
    unless --strip-signature is given, which removes the signscope and signature lines.

    options:
      --dry-run          report what would change, write nothing
      --backup SUFFIX    keep the original bytes as FILE+SUFFIX
      --strip-signature  allow editing a signed file by removing its signature
      --max-size BYTES   refuse files larger than this (default 16 MiB)
    """

  var path: String
  var settings: [Setting]
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
    guard positionals.count >= 2 else { throw UsageError("expects a FILE and at least one KEY:TYPE:VALUE") }
    path = positionals[0]
    settings = []
    for text in positionals.dropFirst() {
      guard let setting = Setting(parsing: text) else {
        throw UsageError(RDPFileError.invalidSetting(text).description)
      }
      settings.append(setting)
    }
  }

  func run(in context: CommandContext) -> ExitCode {
    InPlaceEdit(path: path, options: options, context: context).run { (document: inout RDPDocument) throws(RDPFileError) -> [String] in
      var messages: [String] = []
      for setting in settings {
        let outcome = try document.set(setting)
        let label = "\(TextEscaper.escape(setting.key)):\(setting.type.letter):\(SecretPolicy().display(setting.value, forKey: setting.key))"
        switch outcome {
        case .replaced(let line): messages.append("line \(line + 1): set \(label)")
        case .appended(let line): messages.append("line \(line + 1): added \(label)")
        case .unchanged(let line): messages.append("line \(line + 1): already \(label)")
        }
      }
      return messages
    }
  }
}
