#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Recognises the encoding of raw `.rdp` bytes.
///
/// Order of evidence: a byte-order mark wins; without one, a file whose odd (or even) bytes are
/// mostly NUL is BOM-less UTF-16; everything else is read as UTF-8, and bytes that are not valid
/// UTF-8 are kept as they are.
enum EncodingDetector {
  /// How many leading bytes the NUL-pattern heuristic looks at.
  static let sampleLength = 4096

  static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentEncoding {
    let count = bytes.count
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      return DocumentEncoding(encoding: .utf8, hasByteOrderMark: true, evidence: .byteOrderMark)
    }
    if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return DocumentEncoding(
        encoding: .utf16LittleEndian, hasByteOrderMark: true, evidence: .byteOrderMark)
    }
    if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return DocumentEncoding(
        encoding: .utf16BigEndian, hasByteOrderMark: true, evidence: .byteOrderMark)
    }
    if let utf16 = utf16ByNulPattern(bytes) {
      return DocumentEncoding(encoding: utf16, hasByteOrderMark: false, evidence: .nulBytePattern)
    }
    return DocumentEncoding(encoding: .utf8, hasByteOrderMark: false, evidence: .fallback)
  }

  /// Text in `.rdp` files is overwhelmingly ASCII, so in UTF-16 one byte of almost every pair is
  /// NUL. Requiring at least half the pairs to show it on one side, and almost none on the other,
  /// keeps a UTF-8 file with a stray NUL from being taken for UTF-16.
  private static func utf16ByNulPattern(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    let pairs = min(bytes.count, sampleLength) / 2
    // Text files without any NUL in the sample (nearly all UTF-8 ones) are settled by one memchr.
    guard pairs >= 2, let base = bytes.baseAddress, memchr(base, 0, pairs * 2) != nil else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for pair in 0..<pairs {
      if bytes[2 &* pair] == 0 { evenZeros &+= 1 }
      if bytes[2 &* pair &+ 1] == 0 { oddZeros &+= 1 }
    }
    if oddZeros * 2 >= pairs, evenZeros * 8 <= oddZeros { return .utf16LittleEndian }
    if evenZeros * 2 >= pairs, oddZeros * 8 <= evenZeros { return .utf16BigEndian }
    return nil
  }
}
