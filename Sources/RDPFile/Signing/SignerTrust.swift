/// Whether a signer's certificate chains to a trust anchor, and why (OpenSSL's reason when not).
public struct SignerTrust: Sendable, Hashable {
  /// Whether the chain ends in a trusted root.
  public var trusted: Bool
  /// What was checked, or why it failed.
  public var detail: String

  /// A trust verdict.
  public init(trusted: Bool, detail: String) {
    self.trusted = trusted
    self.detail = detail
  }
}
