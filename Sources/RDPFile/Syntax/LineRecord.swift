/// Where one line starts in its document's bytes and what it parses as, in twelve bytes, so a
/// document costs a small constant per line however its lines look (sixteen million one-byte
/// lines fit in about 200 MB). Everything else about a line (its end, its text, its setting)
/// is derived from these and the bytes when asked for.
struct LineRecord: Sendable, Hashable {
  /// The low 32 bits of the offset of the line's first content byte (see ``LineTable``).
  var start: UInt32
  /// The code-unit offsets of the first and second colon, for settings whose colons fit in 16
  /// bits (the rest are kept aside by ``LineTable``).
  var firstColon: UInt16
  var secondColon: UInt16
  /// Terminator (2 bits), kind (2), type letter (2), unparsed reason (3), plain ASCII (1),
  /// colons kept aside (1).
  var bits: UInt16

  enum KindCode: UInt16 {
    case blank = 0
    case unparsed = 1
    case setting = 2
  }

  init(
    start: UInt32, terminator: LineTerminator, kind: KindCode, type: ValueType?, reason: UnparsedReason?,
    isPlainASCII: Bool
  ) {
    self.start = start
    firstColon = 0
    secondColon = 0
    bits = Self.code(terminator) | kind.rawValue << 2
    if let type { bits |= Self.code(type) << 4 }
    if let reason { bits |= Self.code(reason) << 6 }
    if isPlainASCII { bits |= 1 << 9 }
  }

  var terminator: LineTerminator {
    get {
      switch bits & 3 {
      case 0: .crlf
      case 1: .lf
      case 2: .cr
      default: .none
      }
    }
    set { bits = bits & ~3 | Self.code(newValue) }
  }

  var kindCode: KindCode { KindCode(rawValue: bits >> 2 & 3) ?? .blank }

  var type: ValueType {
    switch bits >> 4 & 3 {
    case 0: .integer
    case 1: .string
    default: .binary
    }
  }

  var reason: UnparsedReason { Self.reasons[Int(bits >> 6 & 7)] }

  /// The reasons by code (`allCases` would build a new array on every call).
  private static let reasons = UnparsedReason.allCases

  var isPlainASCII: Bool { bits & 1 << 9 != 0 }

  /// Whether the colons did not fit in 16 bits and are kept by the table instead.
  var hasWideColons: Bool {
    get { bits & 1 << 10 != 0 }
    set { bits = newValue ? bits | 1 << 10 : bits & ~(1 << 10) }
  }

  private static func code(_ terminator: LineTerminator) -> UInt16 {
    switch terminator {
    case .crlf: 0
    case .lf: 1
    case .cr: 2
    case .none: 3
    }
  }

  private static func code(_ type: ValueType) -> UInt16 {
    switch type {
    case .integer: 0
    case .string: 1
    case .binary: 2
    }
  }

  private static func code(_ reason: UnparsedReason) -> UInt16 {
    UInt16(reasons.firstIndex(of: reason)!)
  }
}
