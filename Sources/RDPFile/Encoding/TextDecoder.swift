/// Turns raw bytes of a document into `String` views.
///
/// Bytes that are not valid in the encoding (invalid UTF-8, lone surrogates, a dangling odd byte
/// of UTF-16) become U+FFFD here, in the view only; the document keeps the bytes themselves.
enum TextDecoder {
  static func decode(_ bytes: ArraySlice<UInt8>, in encoding: TextEncoding) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      switch encoding {
      case .utf8:
        return String(decoding: buffer, as: UTF8.self)
      case .utf16LittleEndian, .utf16BigEndian:
        let unitCount = buffer.count / 2
        var text = ""
        if unitCount > 0 {
          text = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: unitCount) { units in
            for index in 0..<unitCount {
              units[index] = CodeUnitView.unit(buffer, at: index, in: encoding)
            }
            return String(decoding: UnsafeBufferPointer(units), as: UTF16.self)
          }
        }
        if buffer.count % 2 == 1 { text.append("\u{FFFD}") }
        return text
      }
    }
  }

  /// Decodes bytes known to hold only ASCII code units, without validation.
  static func ascii(_ bytes: ArraySlice<UInt8>, in encoding: TextEncoding) -> String {
    switch encoding {
    case .utf8:
      return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    case .utf16LittleEndian, .utf16BigEndian:
      let offset = encoding == .utf16LittleEndian ? 0 : 1
      let count = bytes.count / 2
      return bytes.withUnsafeBufferPointer { source in
        String(unsafeUninitializedCapacity: count) { target in
          for index in 0..<count { target[index] = source[2 &* index &+ offset] }
          return count
        }
      }
    }
  }

  /// Decodes the code units `range` of a line's content. A dangling odd byte at the end of the
  /// content belongs to a range that reaches the last code unit.
  static func decode(
    _ content: ArraySlice<UInt8>, codeUnits range: Range<Int>, in encoding: TextEncoding
  ) -> String {
    let size = encoding.codeUnitSize
    let start = content.startIndex + range.lowerBound * size
    var end = content.startIndex + range.upperBound * size
    if range.upperBound == content.count / size { end = content.endIndex }
    return decode(content[start..<end], in: encoding)
  }
}
