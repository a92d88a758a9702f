/// Turns text into the bytes of a document's encoding.
enum TextEncoder {
  static func encode(_ text: String, in encoding: TextEncoding) -> [UInt8] {
    switch encoding {
    case .utf8:
      return Array(text.utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      return utf16(text, littleEndian: encoding == .utf16LittleEndian)
    }
  }

  /// UTF-16 straight from the string's scalars (a Swift string is always valid Unicode), with
  /// a pass over the bytes alone for ASCII, the common case.
  private static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count * 2)
    let ascii =
      text.utf8.withContiguousStorageIfAvailable { utf8 in
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        for byte in utf8 {
          if littleEndian {
            bytes.append(byte)
            bytes.append(0)
          } else {
            bytes.append(0)
            bytes.append(byte)
          }
        }
        return true
      } ?? false
    if ascii { return bytes }
    func append(_ unit: UInt16) {
      let low = UInt8(truncatingIfNeeded: unit)
      let high = UInt8(truncatingIfNeeded: unit >> 8)
      if littleEndian {
        bytes.append(low)
        bytes.append(high)
      } else {
        bytes.append(high)
        bytes.append(low)
      }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x1_0000 {
        append(UInt16(value))
      } else {
        let offset = value - 0x1_0000
        append(0xD800 | UInt16(offset >> 10))
        append(0xDC00 | UInt16(offset & 0x3FF))
      }
    }
    return bytes
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
