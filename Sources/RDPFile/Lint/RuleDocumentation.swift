/// The documentation of a rule, in the sections `rdpfile explain` and the rules reference print.
public struct RuleDocumentation: Sendable, Hashable {
  /// What the rule checks.
  public var whatItChecks: String
  /// Why it matters: the consequence for the connection or its security.
  public var whyItMatters: String
  /// A file excerpt the rule reports.
  public var example: String
  /// The fix, and whether it is safe.
  public var fix: String

  /// Creates documentation.
  public init(whatItChecks: String, whyItMatters: String, example: String, fix: String) {
    self.whatItChecks = whatItChecks
    self.whyItMatters = whyItMatters
    self.example = example
    self.fix = fix
  }
}
