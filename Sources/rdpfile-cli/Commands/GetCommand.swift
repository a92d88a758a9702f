import RDPFile

/// `rdpfile get`: print the value a client will use for one key.
struct GetCommand: Command {
  static let name = "get"
  static let summary = "Print the value a client uses for a key: from the file or a documented default."
  static let usage = "rdpfile get FILE KEY [--client mstsc|freerdp2|freerdp3] [--format text|json] [--show-secrets]"
  static let help = """
    Prints the value that decides KEY for a client (mstsc unless --client): its last occurrence
    with the expected type letter (keys match without regard to letter case), trimmed the way
    clients trim string values; integers count only in strict decimal for mstsc, as FreeRDP
    reads them (C's strtol) for FreeRDP. A key the file does not set gets the default that
    applies: Microsoft's documented one for mstsc, FreeRDP's own (measured) for FreeRDP; a note
    on standard error says so. Another note names each client that uses a different value.

    options:
      --client NAME        mstsc (default), freerdp2 (FreeRDP 2.11) or freerdp3 (FreeRDP 3.30)
      --format text|json   text (default): the value alone on standard output; json: the
                           value, its source and line, for every client
      --show-secrets       print password and token values instead of ********
      --max-size BYTES     refuse files larger than this (default 16 MiB)

    FILE may be - for standard input.

    exit status: 0 a value (from the file or a default), 1 the key is not set and no default
    is known for the client, or the client refuses the whole file (the reason is printed), 2 the file could not be read, 64 usage error.
    """

  var path: String
  var key: String
  var client = Client.mstsc
  var json = false
  var showSecrets = false
  var maxSize = FileReader.defaultLimit

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var positionals: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option("--show-secrets", nil): showSecrets = true
      case .option("--max-size", let inline):
        maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
      case .option("--format", let inline):
        json = try scanner.format(inline: inline, allowing: ["text", "json"]) == "json"
      case .option("--client", let inline):
        let name = try scanner.value(of: "--client", inline: inline)
        guard let chosen = Client(rawValue: name) else {
          throw UsageError("--client takes mstsc, freerdp2 or freerdp3, not '\(TextEscaper.escape(name))'")
        }
        client = chosen
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
    let values = Client.allCases.map { ClientValue.of(key, in: document, for: $0) }
    let chosen = values.first { $0.client == client }!
    let policy = SecretPolicy(showSecrets: showSecrets)
    if json {
      func describe(_ value: ClientValue) -> JSONValue {
        .object([
          ("client", .string(value.client.rawValue)),
          ("value", value.value.map { .string(policy.raw($0, forKey: key)) } ?? .null),
          ("source", .string(Self.sourceName(value.source))),
          ("line", Self.line(value.source).map { .int($0 + 1) } ?? .null),
          ("refusal", Self.refusal(value.source).map { .string($0) } ?? .null),
        ])
      }
      context.output.line(
        JSONValue.object([
          ("version", .int(1)), ("file", .string(path)), ("key", .string(key)), ("chosen", describe(chosen)),
          ("clients", .array(values.map(describe))),
        ]).rendered(pretty: true))
      return chosen.value == nil ? .findings : .success
    }
    guard let value = chosen.value else {
      if case .refused(let reason) = chosen.source {
        context.error("\(path): \(reason)")
      } else {
        context.error("\(path): '\(key)' is not set and no default is known for \(client.label)")
      }
      return .findings
    }
    context.output.line(policy.display(value, forKey: key))
    switch chosen.source {
    case .documentedDefault:
      context.error(
        "'\(key)' is not set in \(path); \(policy.display(value, forKey: key)) is Microsoft's documented default")
    case .clientDefault:
      context.error(
        "'\(key)' is not set in \(path); \(policy.display(value, forKey: key)) is \(client.label)'s own default")
    default: break
    }
    for other in values where other.client != client && other.value != chosen.value {
      if case .refused(let reason) = other.source {
        context.error(reason)
        continue
      }
      let shown = other.value.map { $0.isEmpty ? "an empty value" : policy.display($0, forKey: key) } ?? "nothing"
      let source =
        other.source == .clientDefault
        ? " (its own default)" : other.source == .documentedDefault ? " (the documented default)" : ""
      context.error("\(other.client.label) uses \(shown)\(source)")
    }
    if !showSecrets, SecretPolicy.isSecret(key: key), !value.isEmpty {
      context.error("'\(TextEscaper.escape(key))' is a secret; add --show-secrets to print it")
    }
    return .success
  }

  private static func sourceName(_ source: ClientValue.Source) -> String {
    switch source {
    case .file: "file"
    case .documentedDefault: "documented-default"
    case .clientDefault: "client-default"
    case .absent: "absent"
    case .refused: "refused"
    }
  }

  private static func refusal(_ source: ClientValue.Source) -> String? {
    if case .refused(let reason) = source { return reason }
    return nil
  }

  private static func line(_ source: ClientValue.Source) -> Int? {
    if case .file(let line) = source { return line }
    return nil
  }
}
