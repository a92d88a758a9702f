/// What ``Fixer`` did to a document.
public struct FixOutcome: Sendable {
  /// The document before fixing.
  public var original: RDPDocument
  /// The fixed document (the original when fixing failed).
  public var document: RDPDocument
  /// The fixes applied, in order.
  public var applied: [AppliedFix]
  /// Why nothing was changed, when fixing failed.
  public var failure: String?

  /// Whether the document changed.
  public var changed: Bool { document != original }
}
