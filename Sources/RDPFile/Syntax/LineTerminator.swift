/// The end-of-line sequence of one line, kept as data so that files come back byte for byte.
public enum LineTerminator: String, Sendable, Hashable, CaseIterable {
  /// Carriage return + line feed (what mstsc writes).
  case crlf
  /// Line feed alone (Unix tools and scripts).
  case lf
  /// Carriage return alone (old Mac text, rare).
  case cr
  /// No terminator: the last line of a file without a final newline.
  case none

  /// The code units of the terminator (the same values in UTF-8 and UTF-16).
  var codeUnits: [UInt16] {
    switch self {
    case .crlf: [0x0D, 0x0A]
    case .lf: [0x0A]
    case .cr: [0x0D]
    case .none: []
    }
  }

  /// The number of code units the terminator takes (no allocation, unlike ``codeUnits``).
  var unitCount: Int {
    switch self {
    case .crlf: 2
    case .lf, .cr: 1
    case .none: 0
    }
  }

  /// The terminator written out in `encoding`.
  public func bytes(in encoding: TextEncoding) -> [UInt8] {
    TextEncoder.encode(codeUnits: codeUnits, in: encoding)
  }

  /// How the terminator reads in messages: `CRLF`, `LF`, `CR` or `none`.
  public var label: String {
    self == .none ? "none" : rawValue.uppercased()
  }
}
