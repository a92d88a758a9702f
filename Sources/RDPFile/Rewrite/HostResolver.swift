/// Which address family to resolve host names to.
package enum AddressFamily: String, Sendable, Hashable, CaseIterable {
  /// IPv4 or IPv6, whichever the resolver lists first.
  case any
  /// IPv4 only.
  case ipv4
  /// IPv6 only.
  case ipv6

  /// Whether `address` is an IP literal of the family. An IPv6 zone (`fe80::1%eth0`) is never
  /// admitted: it names an interface of one machine, meaningless in a file others open.
  package func admits(_ address: String) -> Bool {
    guard !address.contains("%") else { return false }
    return switch self {
    case .any: IPAddress.isIPv4(address) || IPAddress.isIPv6(address)
    case .ipv4: IPAddress.isIPv4(address)
    case .ipv6: IPAddress.isIPv6(address)
    }
  }
}

/// Turns host names into IP addresses. The library never touches the network itself: the
/// command-line tool passes the system resolver, tests pass a fixed table.
package protocol HostResolver: Sendable {
  /// The addresses of `host` in `family`, best first; empty when the name does not resolve.
  func addresses(of host: String, family: AddressFamily) -> [String]
}

/// A resolver backed by a fixed table, as given with `--resolve HOST=ADDR` or a hosts file.
/// Names match case-insensitively; a trailing dot is ignored.
package struct StaticResolver: HostResolver, Hashable {
  private var table: [String: [String]]

  /// Creates a resolver from name → addresses entries.
  package init(_ entries: [String: [String]] = [:]) {
    table = [:]
    for (name, addresses) in entries { table[Self.normalize(name), default: []] += addresses }
  }

  /// Adds an address for a name (kept after the ones already known).
  package mutating func add(_ address: String, for name: String) {
    table[Self.normalize(name), default: []].append(address)
  }

  /// Adds every entry of hosts-file text: `ADDRESS NAME [ALIAS…]` per line, `#` comments.
  /// Returns the 1-based numbers of lines that are not of that form.
  @discardableResult
  package mutating func addHostsFile(_ text: String) -> [Int] {
    var bad: [Int] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard !fields.isEmpty else { continue }
      let address = String(fields[0])
      guard fields.count >= 2, AddressFamily.any.admits(address) else {
        bad.append(index + 1)
        continue
      }
      for name in fields.dropFirst() { add(address, for: String(name)) }
    }
    return bad
  }

  /// The addresses listed for `host` that belong to `family`.
  package func addresses(of host: String, family: AddressFamily) -> [String] {
    (table[Self.normalize(host)] ?? []).filter(family.admits)
  }

  /// Whether the table has any entry for `host`, whatever the family.
  package func knows(_ host: String) -> Bool {
    table[Self.normalize(host)] != nil
  }

  private static func normalize(_ name: String) -> String {
    var name = PlainText.asciiLowercased(name)
    if name.hasSuffix(".") { name.removeLast() }
    return name
  }
}
