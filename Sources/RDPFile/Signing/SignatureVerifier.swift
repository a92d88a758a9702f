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
}

extension SignatureVerifier {
  /// Verifiers without trust anchors check no chains.
  public func trust(content: [UInt8], cms: [UInt8]) -> SignerTrust? { nil }
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
