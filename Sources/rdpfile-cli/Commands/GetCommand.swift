import RDPFile

/// `rdpfile get`: print the value a client will use for one key.
struct GetCommand: Command {
  static let name = "get"
  static let summary = "Print the effective value of a key (exit 1 when the key is absent)."
  static let usage = "rdpfile get FILE KEY [--show-secrets]"
  static let help = """
    Prints the value that decides KEY: its last occurrence with the expected type letter (keys
    match without regard to letter case), trimmed the way clients trim string values. Integer
    keys count only in strict decimal; an invalid value falls back to an earlier valid one.

    options:
      --show-secrets    print password and token values instead of ********
      --max-size BYTES  refuse files larger than this (default 16 MiB)

    FILE may be - for standard input.
    """

  var path: String
  var key: String
  var showSecrets = false
  var maxSize = FileReader.defaultLimit

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var positionals: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option("--show-secrets", nil): showSecrets = true
      case .option("--max-size", let inline): maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): positionals.append(value)
      }
    }
    guard positionals.count == 2 else { throw UsageError("expects a FILE and a KEY") }
    path = positionals[0]
    key = positionals[1]
  }

  func run(in context: CommandContext) -> ExitCode {
    guard let document = DocumentLoader(context: context, limit: maxSize).loadOrReport(path) else { return .failure }
    let effective = document.effective
    guard let (_, setting) = effective.effectiveLine(forKey: key) else {
      context.error("\(TextEscaper.escape(path)): no usable '\(TextEscaper.escape(key))' setting")
      return .findings
    }
    let value = setting.type == .string ? (effective.string(key) ?? setting.value) : setting.value
    let policy = SecretPolicy(showSecrets: showSecrets)
    context.output.line(policy.display(value, forKey: setting.key))
    if !showSecrets, SecretPolicy.isSecret(key: setting.key), !value.isEmpty {
      context.errors.line("rdpfile: '\(TextEscaper.escape(setting.key))' is a secret; add --show-secrets to print it")
    }
    return .success
  }
}
