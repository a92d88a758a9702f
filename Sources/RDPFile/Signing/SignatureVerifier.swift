/// Checks that CMS bytes are a valid signature of some content. The library never does
/// cryptography itself: the command-line tool passes one backed by the `openssl` program, tests
/// may pass a fake.
public protocol SignatureVerifier: Sendable {
  /// Whether `cms` (a DER detached `SignedData`) signs exactly `content`. Only the signature is
  /// checked here, not whether its certificate chain is trusted.
  func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck

  /// Whether the signer's chain ends in a trust anchor; `nil` when this verifier was given no
  /// anchors to check against.
  func trust(content: [UInt8], cms: [UInt8]) -> SignerTrust?

  /// The SHA-1 and SHA-256 thumbprints of a DER certificate (what Group Policy and blocklists
  /// list), or `nil` when this verifier cannot compute them.
  func thumbprints(of certificate: [UInt8]) -> CertificateThumbprints?
}

extension SignatureVerifier {
  /// Verifiers without trust anchors check no chains.
  public func trust(content: [UInt8], cms: [UInt8]) -> SignerTrust? { nil }

  /// Verifiers that cannot hash give no thumbprints.
  public func thumbprints(of certificate: [UInt8]) -> CertificateThumbprints? { nil }
}

/// A certificate's thumbprints: digests of its DER bytes, lower-case hex without colons.
public struct CertificateThumbprints: Sendable, Hashable {
  /// SHA-1, as older Group Policy lists and many blocklists take it.
  public var sha1: String
  /// SHA-256, as the "trusted .rdp publishers" policy takes it since 2026.
  public var sha256: String

  /// Thumbprints (normalised to lower case).
  public init(sha1: String, sha256: String) {
    self.sha1 = sha1.lowercased()
    self.sha256 = sha256.lowercased()
  }
}

/// The outcome of checking a signature against its content.
public enum SignatureCheck: Sendable, Hashable {
  /// The signature matches the content.
  case matches
  /// The signature does not match: the content changed after signing, or the block is damaged.
  case doesNotMatch(String)
  /// The check could not run (no `openssl`, for example).
  case unavailable(String)
}
