/// One lint rule: a stable id, a name, a default severity, documentation, and a check.
///
/// A rule never edits the document: it returns diagnostics, which may carry a ``Fix``.
public protocol LintRule: Sendable {
  /// The stable id, `RDP` and three digits; the first digit is the family.
  static var id: String { get }
  /// A kebab-case name.
  static var name: String { get }
  /// The default severity.
  static var severity: Severity { get }
  /// Whether findings carry fixes.
  static var fixAvailability: FixAvailability { get }
  /// The documentation.
  static var documentation: RuleDocumentation { get }

  /// Creates the rule.
  init()

  /// The rule's findings in a document.
  func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
  /// The rule's metadata.
  public static var info: RuleInfo {
    RuleInfo(
      id: id, name: name, severity: severity, fixAvailability: fixAvailability,
      documentation: documentation)
  }

  /// A finding of this rule at `range`, with the rule's severity unless `severity` is given.
  public func diagnostic(_ message: String, at range: SourceRange, fix: Fix? = nil, severity: Severity? = nil)
    -> Diagnostic
  {
    Diagnostic(
      ruleID: Self.id, ruleName: Self.name, severity: severity ?? Self.severity, message: message,
      range: range, fix: fix)
  }
}
