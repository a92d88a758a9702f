import RDPFile

/// `rdpfile rules`: list the lint rules.
struct RulesCommand: Command {
  static let name = "rules"
  static let summary = "List every lint rule: id, name, severity and whether it has a fix."
  static let usage = "rdpfile rules [--format text|json|markdown]"
  static let help = """
    --format markdown prints the rules reference kept in docs/rules.md.
    """

  var format = "text"

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      switch argument {
      case .option("--format", let inline):
        format = try scanner.format(inline: inline, allowing: ["text", "json", "markdown"])
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): throw UsageError("unexpected argument '\(value)'")
      }
    }
  }

  func run(in context: CommandContext) -> ExitCode {
    let rules = RuleRegistry.infos
    switch format {
    case "markdown":
      context.output.write(RuleReference.markdownReference(rules))
    case "json":
      let list: [JSONValue] = rules.map { rule in
        .object([
          ("id", .string(rule.id)), ("name", .string(rule.name)), ("severity", .string(rule.severity.rawValue)),
          ("family", .string(rule.family)), ("fix", .string(rule.fixAvailability.rawValue)),
          ("summary", .string(rule.documentation.whatItChecks)),
        ])
      }
      context.output.line(JSONValue.array(list).rendered(pretty: true))
    default:
      let width = rules.map(\.name.count).max() ?? 0
      for rule in rules {
        let name = rule.name + String(repeating: " ", count: width - rule.name.count)
        let severity = rule.severity.rawValue + String(repeating: " ", count: 7 - rule.severity.rawValue.count)
        context.output.line("\(rule.id)  \(name)  \(severity)  fix: \(rule.fixAvailability.rawValue)")
      }
      context.output.line("\n\(rules.count) rules; 'rdpfile explain ID' prints one rule's documentation.")
    }
    return .success
  }
}
