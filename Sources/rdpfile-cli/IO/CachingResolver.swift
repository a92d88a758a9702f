import RDPFile

/// Asks another resolver once per name and family, so a folder of 10,000 files naming the same
/// server costs one lookup.
final class CachingResolver: HostResolver {
  private let base: any HostResolver
  private let cache = SharedState<[String: [String]]>([:])

  init(_ base: any HostResolver) {
    self.base = base
  }

  func addresses(of host: String, family: AddressFamily) -> [String] {
    let key = "\(family.rawValue) \(PlainText.asciiLowercased(host))"
    if let known = cache.withLock({ $0[key] }) { return known }
    let found = base.addresses(of: host, family: family)
    cache.withLock { $0[key] = found }
    return found
  }
}
