/// The code units of a range of some content (a line's), as a collection (no copying, no
/// decoding), read through the ``CodeUnitLoader`` of its encoding.
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
    assert(index >= 0 && (index + 1) * encoding.codeUnitSize <= bytes.count, "code unit out of range")
    let base = bytes.baseAddress!
    switch encoding {
    case .utf8: return UTF8Units.load(base, index)
    case .utf16LittleEndian: return UTF16LEUnits.load(base, index)
    case .utf16BigEndian: return UTF16BEUnits.load(base, index)
    }
  }

  /// Appends the text of ASCII `content` to `bytes`: UTF-8 as it is, UTF-16 one byte (the low
  /// one) per code unit. Only for content known to be ASCII (``Line/isPlainASCII``).
  static func appendASCII(_ content: ArraySlice<UInt8>, encoding: TextEncoding, to bytes: inout [UInt8]) {
    guard encoding != .utf8 else {
      bytes.append(contentsOf: content)
      return
    }
    let start = bytes.count
    let count = content.count / 2
    let low = encoding == .utf16LittleEndian ? 0 : 1
    bytes.append(contentsOf: repeatElement(0, count: count))
    bytes.withUnsafeMutableBufferPointer { target in
      content.withUnsafeBufferPointer { source in
        guard count > 0, var output = target.baseAddress, var input = source.baseAddress else { return }
        // Both buffers were sized above: `count` bytes from `start`, `2 * count` bytes read.
        output += start
        input += low
        for _ in 0..<count {
          output.pointee = input.pointee
          output += 1
          input += 2
        }
      }
    }
  }
}
