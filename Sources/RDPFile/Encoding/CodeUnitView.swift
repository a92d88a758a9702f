/// The code units of a range of some content (a line's), as a collection (no copying, no decoding),
/// and the one place that reads a code unit out of raw bytes in an encoding. (The parser's
/// ``CodeUnitLoader`` types do the same per encoding, so that its loops are specialised.)
struct CodeUnitView: RandomAccessCollection {
  let content: ArraySlice<UInt8>
  let encoding: TextEncoding
  let startIndex: Int
  let endIndex: Int

  /// Every whole code unit of `content` (a dangling odd byte of UTF-16 is left out).
  init(_ content: ArraySlice<UInt8>, encoding: TextEncoding) {
    self.init(content: content, encoding: encoding, range: 0..<(content.count / encoding.codeUnitSize))
  }

  init(content: ArraySlice<UInt8>, encoding: TextEncoding, range: Range<Int>) {
    self.content = content
    self.encoding = encoding
    startIndex = range.lowerBound
    endIndex = range.upperBound
  }

  @inline(__always)
  subscript(position: Int) -> UInt16 {
    content.withUnsafeBufferPointer { Self.unit($0, at: position, in: encoding) }
  }

  /// Code unit `index` of raw `bytes` in `encoding`.
  @inline(__always)
  static func unit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in encoding: TextEncoding) -> UInt16 {
    switch encoding {
    case .utf8:
      return UInt16(bytes[index])
    case .utf16LittleEndian:
      return UInt16(bytes[2 &* index]) | UInt16(bytes[2 &* index &+ 1]) << 8
    case .utf16BigEndian:
      return UInt16(bytes[2 &* index]) << 8 | UInt16(bytes[2 &* index &+ 1])
    }
  }
}
