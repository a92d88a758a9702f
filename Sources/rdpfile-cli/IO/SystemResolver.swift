import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// Resolves names through the system resolver (`getaddrinfo`), as a client would.
struct SystemResolver: HostResolver {
  func addresses(of host: String, family: AddressFamily) -> [String] {
    (try? Self.lookup(host, family: family).get()) ?? []
  }

  /// The numeric addresses of `host`, in the resolver's order without repeats, or the
  /// resolver's reason for having none.
  static func lookup(_ host: String, family: AddressFamily) -> Result<[String], ResolverFailure> {
    var hints = addrinfo()
    switch family {
    case .any: hints.ai_family = AF_UNSPEC
    case .ipv4: hints.ai_family = AF_INET
    case .ipv6: hints.ai_family = AF_INET6
    }
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, nil, &hints, &list)
    guard status == 0, let first = list else {
      return .failure(ResolverFailure(reason: String(cString: gai_strerror(status))))
    }
    defer { freeaddrinfo(list) }
    var results: [String] = []
    var cursor: UnsafeMutablePointer<addrinfo>? = first
    while let entry = cursor {
      var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
      if getnameinfo(
        entry.pointee.ai_addr, entry.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0,
        NI_NUMERICHOST) == 0
      {
        let address = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if !results.contains(address) { results.append(address) }
      }
      cursor = entry.pointee.ai_next
    }
    return .success(results)
  }

  /// Why a name did not resolve (`gai_strerror`'s text).
  struct ResolverFailure: Error {
    var reason: String
  }
}

/// A resolver that asks a fixed table first (`--resolve`, `--hosts`) and the system only for
/// names the table does not know.
struct LayeredResolver: HostResolver {
  var table: StaticResolver
  var fallback: (any HostResolver)?

  func addresses(of host: String, family: AddressFamily) -> [String] {
    if table.knows(host) { return table.addresses(of: host, family: family) }
    return fallback?.addresses(of: host, family: family) ?? []
  }
}
