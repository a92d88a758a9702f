/// Standard base64 (RFC 4648, with padding), written out here because the library takes no
/// dependencies and does not use Foundation.
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(index) }
    return table
  }()

  static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 3 <= bytes.count {
      let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      for shift in [18, 12, 6, 0] { output.append(alphabet[Int(value >> UInt32(shift) & 0x3F)]) }
      index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
      let value = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
      output.append(alphabet[Int(value >> 18 & 0x3F)])
      output.append(alphabet[Int(value >> 12 & 0x3F)])
      output.append(rest == 2 ? alphabet[Int(value >> 6 & 0x3F)] : UInt8(ascii: "="))
      output.append(UInt8(ascii: "="))
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Decodes base64, skipping ASCII whitespace anywhere (signatures are cut into pieces
  /// separated by spaces); `nil` for any other character, bad padding or a cut-short group.
  static func decode(_ text: some StringProtocol) -> [UInt8]? {
    var text = String(text)
    return text.withUTF8(decode)
  }

  /// Decodes base64 from its UTF-8 bytes, with the rules above.
  private static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(utf8.count / 4 * 3)
    var group: UInt32 = 0
    var count = 0
    var padding = 0
    let values = values
    for byte in utf8 {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D: continue
      case UInt8(ascii: "="):
        padding += 1
        group <<= 6
        count += 1
      default:
        let value = values[Int(byte)]
        guard value != 0xFF, padding == 0 else { return nil }
        group = group << 6 | UInt32(value)
        count += 1
      }
      if count == 4 {
        guard padding <= 2 else { return nil }
        output.append(UInt8(group >> 16 & 0xFF))
        if padding < 2 { output.append(UInt8(group >> 8 & 0xFF)) }
        if padding < 1 { output.append(UInt8(group & 0xFF)) }
        if padding > 0 { padding = 3 }  // nothing may follow padding
        group = 0
        count = 0
      }
    }
    guard count == 0 else { return nil }
    return output
  }
}
