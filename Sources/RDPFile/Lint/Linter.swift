/// Runs the selected rules over a document.
public struct Linter: Sendable {
  /// The rules that run.
  public let rules: [any LintRule]
  /// The selection they were chosen by (its minimum severity filters findings).
  public let selection: RuleSelection
  /// What checks signatures cryptographically; without one, rules that need it stay quiet.
  public let signatureVerifier: (any SignatureVerifier)?

  /// A linter over the registry's rules that `selection` includes.
  public init(selection: RuleSelection = .all, signatureVerifier: (any SignatureVerifier)? = nil) {
    self.selection = selection
    self.signatureVerifier = signatureVerifier
    rules = RuleRegistry.rules.filter { selection.includes(type(of: $0).info) }
  }

  /// The findings in `document`, ordered by position and then rule id.
  public func lint(_ document: RDPDocument) -> [Diagnostic] {
    lint(LintContext(document: document))
  }

  /// The findings for an already decoded document.
  public func lint(_ context: LintContext) -> [Diagnostic] {
    var context = context
    if context.signatureVerifier == nil { context.signatureVerifier = signatureVerifier }
    var diagnostics: [Diagnostic] = []
    for rule in rules {
      diagnostics += rule.check(context)
    }
    return diagnostics.filter { $0.severity >= selection.minimumSeverity }.sorted {
      ($0.range, $0.ruleID) < ($1.range, $1.ruleID)
    }
  }
}
