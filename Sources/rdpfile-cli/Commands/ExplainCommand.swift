import RDPFile

/// `rdpfile explain`: a rule's documentation or a property's catalogue entry.
struct ExplainCommand: Command {
  static let name = "explain"
  static let summary =
    "Explain a lint rule (RDP101 or its name), a setting (\"authentication level\") or an error code (0x904)."
  static let usage = "rdpfile explain RULE-OR-KEY-OR-CODE"
  static let help = """
    For a rule: what it checks, why it matters, an example, and the fix with its safety.
    For a key: its type, default, allowed values, meaning, whether it bears on security or is
    covered by signing, and which sources know it. An unknown key gets the nearest known one.
    For a disconnect code the client reports (0x904, 2308, extended 0x7, 0xB09, ...): what
    Microsoft's tables say it means, what is and is not documented about its causes, and which
    settings of a file can matter.
    """

  var subject: String

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var words: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): words.append(value)
      }
    }
    guard !words.isEmpty else { throw UsageError("expects a rule id, rule name or setting key") }
    subject = words.joined(separator: " ")
  }

  func run(in context: CommandContext) -> ExitCode {
    if let rule = RuleRegistry.rule(subject) {
      context.output.write(RuleReference.text(for: type(of: rule).info))
      return .success
    }
    if let code = DisconnectCode.named(subject) {
      context.output.write(code.text)
      return .success
    }
    if let property = PropertyCatalogue.property(named: subject) {
      context.output.write(RuleReference.text(for: property))
      return .success
    }
    var message = "'\(TextEscaper.escape(subject))' is not a rule, a known setting or an error code this tool knows"
    if let suggestion = PropertyCatalogue.suggestion(for: subject) { message += "; did you mean '\(suggestion.name)'?" }
    context.error(message)
    return .findings
  }
}
