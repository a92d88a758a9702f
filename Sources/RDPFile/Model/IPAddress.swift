/// Recognises IP literals without touching the network (byte-level, no allocation).
enum IPAddress {
  /// A dotted quad of decimal octets `0...255` without leading zeros.
  static func isIPv4(_ text: some StringProtocol) -> Bool {
    var text = String(text)
    return text.withUTF8 { isIPv4(bytes: $0[...]) }
  }

  /// An RFC 4291 textual IPv6 address, with optional `::` compression, an optional embedded
  /// IPv4 tail, and an optional `%zone`.
  static func isIPv6(_ text: some StringProtocol) -> Bool {
    var text = String(text)
    return text.withUTF8 { isIPv6(bytes: $0[...]) }
  }

  static func isIPv4(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var octets = 0
    var digits = 0
    var value = 0
    var leadingZero = false
    for byte in bytes {
      if byte == 0x2E {
        guard digits > 0, !(leadingZero && digits > 1) else { return false }
        octets += 1
        digits = 0
        value = 0
        continue
      }
      guard byte >= 0x30, byte <= 0x39 else { return false }
      if digits == 0 { leadingZero = byte == 0x30 }
      digits += 1
      value = value * 10 + Int(byte - 0x30)
      guard digits <= 3, value <= 255 else { return false }
    }
    return octets == 3 && digits > 0 && !(leadingZero && digits > 1)
  }

  static func isIPv6(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var address = bytes
    if let percent = bytes.firstIndex(of: 0x25) {
      guard percent + 1 < bytes.endIndex else { return false }
      address = bytes[bytes.startIndex..<percent]
    }
    guard address.contains(0x3A) else { return false }
    var groups = 0
    var compressed = false
    var index = address.startIndex
    let end = address.endIndex
    if address.count >= 2, address[index] == 0x3A {
      guard address[index + 1] == 0x3A else { return false }
      compressed = true
      index += 2
      if index == end { return true }
    }
    while index < end {
      var cursor = index
      while cursor < end, address[cursor] != 0x3A { cursor += 1 }
      let part = address[index..<cursor]
      if cursor == end, part.contains(0x2E) {
        guard isIPv4(bytes: part) else { return false }
        groups += 2
      } else {
        guard (1...4).contains(part.count), part.allSatisfy(isHexDigit) else { return false }
        groups += 1
      }
      guard cursor < end else { break }
      // A colon: a lone one separates groups, a double one compresses zeros (once).
      if cursor + 1 < end, address[cursor + 1] == 0x3A {
        guard !compressed else { return false }
        compressed = true
        index = cursor + 2
        if index == end { break }
      } else {
        index = cursor + 1
        guard index < end else { return false }
      }
    }
    return compressed ? groups <= 7 : groups == 8
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }
}
