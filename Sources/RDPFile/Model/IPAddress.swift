/// Recognises IP literals without touching the network.
enum IPAddress {
  /// A dotted quad of decimal octets `0...255` without leading zeros.
  static func isIPv4(_ text: some StringProtocol) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return false }
    return parts.allSatisfy { part in
      guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(part), value <= 255
      else { return false }
      return part.count == 1 || part.first != "0"
    }
  }

  /// An RFC 4291 textual IPv6 address, with optional `::` compression, an optional embedded
  /// IPv4 tail, and an optional `%zone`.
  static func isIPv6(_ text: some StringProtocol) -> Bool {
    var address = Substring(text)
    if let percent = address.firstIndex(of: "%") {
      guard address.index(after: percent) < address.endIndex else { return false }
      address = address[..<percent]
    }
    guard address.contains(":") else { return false }
    let halves = address.split(separator: "::", omittingEmptySubsequences: false)
    guard halves.count <= 2 else { return false }
    var groups = 0
    for (halfIndex, half) in halves.enumerated() {
      if half.isEmpty { continue }
      let parts = half.split(separator: ":", omittingEmptySubsequences: false)
      for (partIndex, part) in parts.enumerated() {
        let isLast = halfIndex == halves.count - 1 && partIndex == parts.count - 1
        if isLast, part.contains(".") {
          guard isIPv4(part) else { return false }
          groups += 2
          continue
        }
        guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit) else { return false }
        groups += 1
      }
    }
    return halves.count == 2 ? groups <= 7 : groups == 8
  }
}
