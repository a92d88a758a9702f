import RDPFile

/// What openssl already answered in this run, by the exact bytes it was asked about: a share
/// often holds many copies of one signed file, and each openssl run costs tens of milliseconds.
/// The same content and signature always get the same answer within a run (the anchors do not
/// change), so a repeat is answered from here. Bounded: emptied when full.
final class VerificationCache: Sendable {
  private struct Key: Hashable, Sendable {
    var content: [UInt8]
    var cms: [UInt8]
  }

  private struct Entries: Sendable {
    var checks: [Key: SignatureCheck] = [:]
    var trusts: [Key: SignerTrust?] = [:]
  }

  private static let limit = 256
  /// Shared by the worker threads, which meet here often (see ``SharedState``).
  private let entries = SharedState(Entries())

  /// The signature check of `content` and `cms`, computed once.
  func check(content: [UInt8], cms: [UInt8], compute: () -> SignatureCheck) -> SignatureCheck {
    let key = Key(content: content, cms: cms)
    if let known = entries.withLock({ $0.checks[key] }) { return known }
    let result = compute()
    // An answer that openssl could not give is not kept: the next file may get one.
    if case .unavailable = result { return result }
    entries.withLock { entries in
      if entries.checks.count >= Self.limit { entries.checks.removeAll() }
      entries.checks[key] = result
    }
    return result
  }

  /// The signer's trust for `content` and `cms`, computed once.
  func trust(content: [UInt8], cms: [UInt8], compute: () -> SignerTrust?) -> SignerTrust? {
    let key = Key(content: content, cms: cms)
    if let known = entries.withLock({ $0.trusts[key] }) { return known }
    let result = compute()
    entries.withLock { entries in
      if entries.trusts.count >= Self.limit { entries.trusts.removeAll() }
      entries.trusts[key] = .some(result)
    }
    return result
  }
}
