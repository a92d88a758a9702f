/// Turns text into the bytes of a document's encoding.
enum TextEncoder {
  static func encode(_ text: String, in encoding: TextEncoding) -> [UInt8] {
    switch encoding {
    case .utf8:
      return Array(text.utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      return encode(codeUnits: Array(text.utf16), in: encoding)
    }
  }

  static func encode(codeUnits: [UInt16], in encoding: TextEncoding) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(codeUnits.count * encoding.codeUnitSize)
    for unit in codeUnits {
      switch encoding {
      case .utf8:
        bytes.append(UInt8(truncatingIfNeeded: unit))
      case .utf16LittleEndian:
        bytes.append(UInt8(truncatingIfNeeded: unit))
        bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
      case .utf16BigEndian:
        bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
        bytes.append(UInt8(truncatingIfNeeded: unit))
      }
    }
    return bytes
  }
}
