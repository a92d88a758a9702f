/// What a ``RewritePlan`` did to one document.
package struct RewriteOutcome: Sendable {
  /// The result for the file.
  package enum Status: Sendable, Hashable {
    /// Nothing to change.
    case unchanged
    /// The document changed.
    case changed
    /// The change would break a signature and stripping was not allowed; the associated text
    /// says why (``SignatureGuard/verdict``).
    case refused(String)
    /// The change could not be made (an unresolvable host, a fix that would not apply).
    case failed(String)
  }

  /// The document before.
  package var original: RDPDocument
  /// The document after (the original unless ``status`` is `.changed`).
  package var document: RDPDocument
  /// The result.
  package var status: Status
  /// What changed, one line each.
  package var changes: [String]
  /// ``document`` serialized, when it was already (after a change).
  var bytes: [UInt8]? = nil

  /// The bytes to write: ``document`` serialized.
  package var serialized: [UInt8] { bytes ?? document.serialized() }
}
