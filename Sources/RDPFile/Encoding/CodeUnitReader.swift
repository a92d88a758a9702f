/// Reads code units out of raw bytes for a given encoding.
enum CodeUnitReader {
  @inline(__always)
  static func unit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in encoding: TextEncoding)
    -> UInt16
  {
    switch encoding {
    case .utf8:
      return UInt16(bytes[index])
    case .utf16LittleEndian:
      return UInt16(bytes[2 &* index]) | UInt16(bytes[2 &* index &+ 1]) << 8
    case .utf16BigEndian:
      return UInt16(bytes[2 &* index]) << 8 | UInt16(bytes[2 &* index &+ 1])
    }
  }

  /// The code units of a byte slice, for inspection (a dangling odd byte is dropped).
  static func units(_ bytes: ArraySlice<UInt8>, in encoding: TextEncoding) -> [UInt16] {
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count / encoding.codeUnitSize
      return (0..<count).map { unit(buffer, at: $0, in: encoding) }
    }
  }
}
