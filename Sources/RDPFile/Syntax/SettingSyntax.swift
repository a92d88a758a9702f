/// Where the parts of a `key:type:value` line sit inside the line.
///
/// Offsets count code units of the line's content: bytes for UTF-8, 16-bit units for UTF-16.
public struct SettingSyntax: Sendable, Hashable {
  /// The key, exactly as written (spaces included).
  public var keyRange: Range<Int>
  /// The single type letter.
  public var typeRange: Range<Int>
  /// The value: everything after the second colon.
  public var valueRange: Range<Int>
  /// The type the letter stands for.
  public var type: ValueType

  /// Creates a syntax description from its parts.
  public init(keyRange: Range<Int>, typeRange: Range<Int>, valueRange: Range<Int>, type: ValueType) {
    self.keyRange = keyRange
    self.typeRange = typeRange
    self.valueRange = valueRange
    self.type = type
  }
}
