/// One fix that was applied.
public struct AppliedFix: Sendable, Hashable {
  /// The rule that offered it.
  public var ruleID: String
  /// What it did.
  public var title: String
  /// Whether it was safe.
  public var applicability: Applicability
  /// The 1-based line of the finding, in the document of the pass that applied it.
  public var line: Int
}
