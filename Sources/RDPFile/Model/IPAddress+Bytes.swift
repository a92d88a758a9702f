extension IPAddress {
  /// The 4 or 16 bytes of an IPv4 or IPv6 literal (a `%zone` is ignored), or `nil`.
  static func bytes(of text: String) -> [UInt8]? {
    if isIPv4(text) { return text.split(separator: ".").compactMap { UInt8($0) } }
    guard isIPv6(text) else { return nil }
    var address = text.split(separator: "%", maxSplits: 1, omittingEmptySubsequences: false)[0]
    var tail: [UInt8] = []
    if let lastColon = address.lastIndex(of: ":"), address[address.index(after: lastColon)...].contains(".") {
      tail = bytes(of: String(address[address.index(after: lastColon)...])) ?? []
      address = address[...lastColon]
      if address.hasSuffix(":"), !address.hasSuffix("::") { address = address.dropLast() }
    }
    func groups(_ part: Substring) -> [UInt8] {
      part.split(separator: ":").flatMap { group -> [UInt8] in
        let value = UInt16(group, radix: 16) ?? 0
        return [UInt8(value >> 8), UInt8(value & 0xFF)]
      }
    }
    let compression = address.firstRange(of: "::")
    let head = groups(compression.map { address[..<$0.lowerBound] } ?? address)
    let rest = compression.map { groups(address[$0.upperBound...]) } ?? []
    let fill = 16 - tail.count - head.count - rest.count
    guard fill >= 0 else { return nil }
    return head + [UInt8](repeating: 0, count: fill) + rest + tail
  }

  /// The text of a 4- or 16-byte address (IPv6 with the longest run of zero groups
  /// compressed, as RFC 5952 asks), or `nil` for any other length.
  static func text(bytes: [UInt8]) -> String? {
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
    guard bytes.count == 16 else { return nil }
    let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    var best = (start: -1, count: 0)
    var index = 0
    while index < 8 {
      guard groups[index] == 0 else {
        index += 1
        continue
      }
      var end = index
      while end < 8, groups[end] == 0 { end += 1 }
      if end - index > best.count, end - index > 1 { best = (index, end - index) }
      index = end
    }
    func text(_ range: Range<Int>) -> String { groups[range].map { String($0, radix: 16) }.joined(separator: ":") }
    guard best.start >= 0 else { return text(0..<8) }
    return text(0..<best.start) + "::" + text((best.start + best.count)..<8)
  }
}
