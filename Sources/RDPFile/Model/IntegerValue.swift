/// The reading of an `i` value under strict decimal rules.
///
/// Clients disagree on anything but plain decimal digits: FreeRDP reads `010` as octal 8,
/// `0x10` as 16, ignores trailing junk (`12abc` is 12) and drops negative numbers, while
/// IronRDP rejects all of those. So only `0` and digits without a leading zero, within the
/// signed 32-bit range, count as integers here; everything else is reported, never coerced.
public enum IntegerValue: Sendable, Hashable {
  /// A plain decimal number.
  case valid(Int)
  /// Not a strict decimal number, with the reason.
  case invalid(Problem)

  /// Why a value is not a strict decimal integer.
  public enum Problem: String, Sendable, Hashable, CaseIterable {
    /// Nothing after the second colon.
    case empty
    /// Spaces or tabs before or after the digits.
    case whitespace
    /// A leading `+` or `-`.
    case sign
    /// A `0x` prefix.
    case hexadecimal = "hex"
    /// A leading zero, which C-style parsers read as octal.
    case leadingZero = "leading-zero"
    /// Characters other than digits.
    case notANumber = "not-a-number"
    /// More than 2147483647, the largest value clients store.
    case outOfRange = "out-of-range"
  }

  /// The largest value accepted (clients keep integers in 32 bits).
  public static let maximum = Int(Int32.max)

  /// Reads `text` strictly.
  public init(parsing text: String) {
    var text = text
    self = text.withUTF8 { IntegerValue(units: $0.lazy.map(UInt16.init), count: $0.count) }
  }

  /// Reads the code units `range` of a line strictly, straight from its bytes.
  init(line: borrowing Line, range: Range<Int>) {
    self = line.content.withUnsafeBufferPointer { IntegerValue(content: $0, encoding: line.encoding, range: range) }
  }

  /// Reads code units `range` of `content` (a line's bytes) strictly.
  init(content buffer: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, range: Range<Int>) {
    self = {
      guard let base = buffer.baseAddress, !range.isEmpty else { return .invalid(.empty) }
      switch encoding {
      case .utf8:
        return IntegerValue(
          units: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count).lazy.map(UInt16.init),
          count: range.count)
      case .utf16LittleEndian:
        return IntegerValue(
          units: (0..<range.count).lazy.map { UTF16LEUnits.load(base, range.lowerBound &+ $0) }, count: range.count)
      case .utf16BigEndian:
        return IntegerValue(
          units: (0..<range.count).lazy.map { UTF16BEUnits.load(base, range.lowerBound &+ $0) }, count: range.count)
      }
    }()
  }

  /// Reads code units strictly (the units of a value inside a line, without decoding them).
  init<Units: Collection>(units: Units, count: Int) where Units.Element == UInt16, Units.Index == Int {
    let bytes = units
    guard let first = bytes.first, count > 0 else {
      self = .invalid(.empty)
      return
    }
    let last = bytes[bytes.index(bytes.startIndex, offsetBy: count - 1)]
    let isSpace: (UInt16) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C }
    if isSpace(first) || isSpace(last) {
      self = .invalid(.whitespace)
      return
    }
    if first == 0x2B || first == 0x2D {
      self = .invalid(.sign)
      return
    }
    if count >= 2, first == 0x30, bytes[bytes.startIndex + 1] == 0x78 || bytes[bytes.startIndex + 1] == 0x58 {
      self = .invalid(.hexadecimal)
      return
    }
    var value = 0
    var overflow = false
    for byte in bytes {
      guard byte >= 0x30, byte <= 0x39 else {
        self = .invalid(.notANumber)
        return
      }
      if !overflow {
        value = value &* 10 &+ Int(byte &- 0x30)
        overflow = value > Self.maximum
      }
    }
    if count > 1, first == 0x30 {
      self = .invalid(.leadingZero)
      return
    }
    self = overflow ? .invalid(.outOfRange) : .valid(value)
  }

  /// The number, when valid.
  public var value: Int? {
    if case .valid(let value) = self { return value }
    return nil
  }
}
