/// A character encoding that `.rdp` files are written in.
///
/// Windows' own client (mstsc) saves UTF-16 little-endian with a byte-order mark; scripts and
/// most generators write UTF-8 or plain ASCII. UTF-16 big-endian is rare but valid.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
  /// UTF-8, which includes plain ASCII.
  case utf8 = "utf-8"
  /// UTF-16, least significant byte first (what mstsc writes).
  case utf16LittleEndian = "utf-16le"
  /// UTF-16, most significant byte first.
  case utf16BigEndian = "utf-16be"

  /// The number of bytes in one code unit: 1 for UTF-8, 2 for UTF-16.
  public var codeUnitSize: Int {
    self == .utf8 ? 1 : 2
  }

  /// The byte-order mark that announces this encoding at the start of a file.
  public var byteOrderMark: [UInt8] {
    switch self {
    case .utf8: [0xEF, 0xBB, 0xBF]
    case .utf16LittleEndian: [0xFF, 0xFE]
    case .utf16BigEndian: [0xFE, 0xFF]
    }
  }
}
