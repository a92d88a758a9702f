/// What a file names that blocklists take: host names, addresses and certificate thumbprints,
/// each once, in the order found.
public struct Indicators: Sendable, Hashable {
  /// Host names (destinations, alternate addresses, gateways, hosts in `/v:` lines); a name
  /// with letters outside ASCII is listed as written and in its `xn--` form, as DNS sees it.
  public var hosts: [String] = []
  /// IP addresses.
  public var addresses: [String] = []
  /// SHA-256 thumbprints of the certificates in the signature.
  public var certificateSHA256: [String] = []
  /// SHA-1 thumbprints of the same certificates.
  public var certificateSHA1: [String] = []

  /// Adds a host (a name or an address, brackets and ports already removed).
  mutating func add(host: String) {
    let bare = HostAssessment.bare(host).lowercased()
    guard !bare.isEmpty else { return }
    if IPAddress.bytes(of: bare) != nil {
      if !addresses.contains(bare) { addresses.append(bare) }
    } else {
      for name in [bare, Punycode.encode(host: bare)] where !hosts.contains(name) { hosts.append(name) }
    }
  }
}
