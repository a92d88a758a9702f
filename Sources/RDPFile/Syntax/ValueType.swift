/// The type letter between the first two colons of a setting line.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
  /// `i`: a decimal integer.
  case integer = "i"
  /// `s`: a string, everything after the second colon.
  case string = "s"
  /// `b`: binary data written as hexadecimal text (only `password 51` uses it in practice).
  case binary = "b"

  /// The letter as written in files: `i`, `s` or `b`.
  public var letter: String { rawValue }

  init?(codeUnit: UInt16) {
    switch codeUnit {
    case 0x69: self = .integer
    case 0x73: self = .string
    case 0x62: self = .binary
    default: return nil
    }
  }
}
