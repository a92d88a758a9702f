import RDPFile

/// `rdpfile show`: how a file was read and what it connects to.
struct ShowCommand: Command {
  static let name = "show"
  static let summary = "Show a file's encoding, every line as parsed, and the effective connection."
  static let usage = "rdpfile show FILE [--format text|json] [--show-secrets]"
  static let help = """
    Prints the encoding (and how it was recognised), the line endings, each line with what it
    parses as (setting, blank, or unparsed with the reason), and the connection a client will
    make: host, port, gateway, account and security settings.

    options:
      --format text|json   text (default) or JSON (the shape is documented in the README);
                           --json is the same as --format json
      --show-secrets    print password and token values instead of ********
      --max-size BYTES  refuse files larger than this (default 16 MiB)

    FILE may be - for standard input.
    """

  var path: String
  var json = false
  var showSecrets = false
  var maxSize = FileReader.defaultLimit

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var paths: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option("--json", nil): json = true
      case .option("--format", let inline):
        json = try scanner.format(inline: inline, allowing: ["text", "json"]) == "json"
      case .option("--show-secrets", nil): showSecrets = true
      case .option("--max-size", let inline):
        maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    guard paths.count == 1 else { throw UsageError("expects exactly one FILE") }
    path = paths[0]
  }

  func run(in context: CommandContext) -> ExitCode {
    guard let document = DocumentLoader(context: context, limit: maxSize).loadOrReport(path) else { return .failure }
    let renderer = DocumentRenderer(path: path, secrets: SecretPolicy(showSecrets: showSecrets))
    if json {
      context.output.line(renderer.json(document).rendered(pretty: true))
    } else {
      context.output.write(renderer.text(document))
    }
    return .success
  }
}
