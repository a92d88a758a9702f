/// What a ``RewritePlan`` did to one document.
public struct RewriteOutcome: Sendable {
  /// The result for the file.
  public enum Status: Sendable, Hashable {
    /// Nothing to change.
    case unchanged
    /// The document changed.
    case changed
    /// The change would break a signature and stripping was not allowed.
    case refused(String)
    /// The change could not be made (an unresolvable host, a fix that would not apply).
    case failed(String)
  }

  /// The document before.
  public var original: RDPDocument
  /// The document after (the original unless ``status`` is `.changed`).
  public var document: RDPDocument
  /// The result.
  public var status: Status
  /// What changed, one line each.
  public var changes: [String]
  /// The lint fixes among the changes.
  public var appliedFixes: [AppliedFix] = []
  /// ``document`` serialized, when it was already (after a change).
  var bytes: [UInt8]? = nil

  /// The bytes to write: ``document`` serialized.
  public var serialized: [UInt8] { bytes ?? document.serialized() }
}
