/// One finding of one rule in one document.
public struct Diagnostic: Sendable, Hashable {
  /// The rule's stable id, such as `RDP101`.
  public var ruleID: String
  /// The rule's kebab-case name.
  public var ruleName: String
  /// The severity.
  public var severity: Severity
  /// What is wrong, naming the key, the value and the consequence (never a secret value).
  public var message: String
  /// Where.
  public var range: SourceRange
  /// The fix the rule offers, if any.
  public var fix: Fix?

  /// Creates a diagnostic.
  public init(
    ruleID: String, ruleName: String, severity: Severity, message: String, range: SourceRange,
    fix: Fix? = nil
  ) {
    self.ruleID = ruleID
    self.ruleName = ruleName
    self.severity = severity
    self.message = message
    self.range = range
    self.fix = fix
  }
}
