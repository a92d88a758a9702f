/// What ``Fixer`` did to a document.
public struct FixOutcome: Sendable {
  /// The document before fixing.
  public var original: RDPDocument
  /// The fixed document (the original when fixing failed).
  public var document: RDPDocument
  /// The fixes applied, in order.
  public var applied: [AppliedFix]
  /// The findings left in ``document``.
  public var remaining: [Diagnostic]
  /// Why nothing was changed, when fixing failed.
  public var failure: String?

  /// Whether the document changed.
  public var changed: Bool { document != original }
}

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
