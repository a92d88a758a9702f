import RDPFile

/// `rdpfile set`: change or add settings in place.
struct SetCommand: Command {
  static let name = "set"
  static let summary = "Set KEY:TYPE:VALUE settings in a file, changing nothing else."
  static let usage =
    "rdpfile set FILE KEY:TYPE:VALUE... [--force] [--strip-signature] [--dry-run|--diff|--check] [--backup SUFFIX]"
  static let help = """
    For a key that is present, its last occurrence gets the new type letter and value in place:
    the key keeps its spelling and the line keeps its terminator. A missing key is appended in
    the file's own encoding and most common line ending. Every other byte stays as it was.

    Each setting is checked first: an unknown key (with the nearest known one suggested), a
    type letter the key does not take or a value outside its documented range is refused
    unless --force says that is what you mean. A change that lowers security prints what it
    costs. Signed files are refused unless --strip-signature removes the signature.

    The file is written the way every writing command writes (see 'rdpfile help fix'): binary
    content is refused, the result must read back the same, and the replacement keeps owner,
    permissions, ACLs and extended attributes and never overwrites another program's save.

    options:
      --force              write keys, type letters or values the catalogue does not expect
      --strip-signature    allow editing a signed file by removing its signature

    \(BatchRewrite.help)

    exit status: 0 done or nothing to do, 1 --check found changes, 2 the file failed or was
    refused, 64 usage error (including a refused setting).
    """

  var path: String
  var settings: [Setting]
  var stripSignature = false
  var batch = BatchRewrite()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var positionals: [String] = []
    var force = false
    while let argument = scanner.next() {
      if try batch.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option("--force", nil): force = true
      case .option("--strip-signature", nil): stripSignature = true
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): positionals.append(value)
      }
    }
    guard positionals.count >= 2 else { throw UsageError("expects a FILE and at least one KEY:TYPE:VALUE") }
    guard positionals[0] != "-" else {
      throw UsageError("set rewrites a file in place; standard input is not supported")
    }
    path = positionals[0]
    settings = []
    for text in positionals.dropFirst() {
      settings.append(try SettingArgument.parse(text, option: "set", force: force))
    }
  }

  func run(in context: CommandContext) -> ExitCode {
    let plan = RewritePlan(workarounds: settings.map(Workaround.set), stripSignature: stripSignature)
    return batch.run(plan, on: [path], resolver: StaticResolver(), in: context)
  }
}
