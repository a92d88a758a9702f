import RDPFile

/// `rdpfile unset`: remove keys.
struct UnsetCommand: Command {
  static let name = "unset"
  static let summary = "Remove every line of the given keys, changing nothing else."
  static let usage =
    "rdpfile unset FILE KEY... [--force] [--strip-signature] [--dry-run|--diff|--check] [--backup SUFFIX]"
  static let help = """
    Removes every occurrence of each KEY (matched without regard to letter case, whatever the
    type letter); the other lines keep their bytes. An unknown KEY is refused, with the nearest
    known key suggested, unless --force. Removing a security setting prints what it may cost
    (the client's default applies again). Signed files are refused unless --strip-signature.
    The file is written the way every writing command writes (see 'rdpfile help fix').

    options:
      --force              remove keys the catalogue does not know
      --strip-signature    allow editing a signed file by removing its signature

    \(BatchRewrite.help)

    exit status: 0 done or nothing to do, 1 --check found changes, 2 the file failed or was
    refused, 64 usage error.
    """

  var path: String
  var keys: [String]
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
    guard positionals.count >= 2 else { throw UsageError("expects a FILE and at least one KEY") }
    guard positionals[0] != "-" else {
      throw UsageError("unset rewrites a file in place; standard input is not supported")
    }
    path = positionals[0]
    keys = Array(positionals.dropFirst())
    for key in keys {
      try SettingArgument.check(SettingRequest.problems(unsetting: key), option: "unset", force: force)
    }
  }

  func run(in context: CommandContext) -> ExitCode {
    let plan = RewritePlan(workarounds: keys.map(Workaround.unset), stripSignature: stripSignature)
    return batch.run(plan, on: [path], resolver: StaticResolver(), in: context)
  }
}
