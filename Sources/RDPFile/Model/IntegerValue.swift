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
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else {
      self = .invalid(.empty)
      return
    }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C }
    if isSpace(bytes.first!) || isSpace(bytes.last!) {
      self = .invalid(.whitespace)
      return
    }
    if bytes.first == 0x2B || bytes.first == 0x2D {
      self = .invalid(.sign)
      return
    }
    if bytes.count >= 2, bytes[0] == 0x30, bytes[1] == 0x78 || bytes[1] == 0x58 {
      self = .invalid(.hexadecimal)
      return
    }
    guard bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      self = .invalid(.notANumber)
      return
    }
    if bytes.count > 1, bytes[0] == 0x30 {
      self = .invalid(.leadingZero)
      return
    }
    guard bytes.count <= 10, let value = Int(text), value <= Self.maximum else {
      self = .invalid(.outOfRange)
      return
    }
    self = .valid(value)
  }

  /// The number, when valid.
  public var value: Int? {
    if case .valid(let value) = self { return value }
    return nil
  }
}
