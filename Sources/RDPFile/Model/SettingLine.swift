/// A setting line with what rules and the effective view ask about it, found once.
///
/// Only the cheap facts are stored (catalogue entry, strict integer reading, the previous
/// line of the same key); key and value text are decoded when asked for, so a document can be
/// read without building a `String` per line.
public struct SettingLine: Sendable {
  /// The 0-based line index in the document.
  public let index: Int
  /// The line's content bytes.
  let content: ArraySlice<UInt8>
  /// Their encoding.
  let encoding: TextEncoding
  /// Whether the line is printable ASCII only.
  let isPlainASCII: Bool
  /// Where key, type and value sit.
  public let syntax: SettingSyntax
  /// The catalogue entry index, or -1 for an unknown key.
  let propertyIndex: Int
  /// The strict decimal reading of the value (only meaningful for `i` lines).
  public let integer: IntegerValue
  /// The position (in the document's setting lines) of the previous line with the same key.
  var previous = -1

  /// A setting line whose catalogue entry and integer reading are already known.
  init(index: Int, line: borrowing Line, property: Int, integer: IntegerValue, previous: Int) {
    self.index = index
    content = line.content
    encoding = line.encoding
    isPlainASCII = line.isPlainASCII
    syntax = line.syntax ?? SettingSyntax(keyRange: 0..<0, typeRange: 0..<0, valueRange: 0..<0, type: .string)
    propertyIndex = property
    self.integer = integer
    self.previous = previous
  }

  /// The catalogue entry for the key, if it is known.
  public var property: Property? { propertyIndex >= 0 ? PropertyCatalogue.entries[propertyIndex] : nil }
  /// The key as written.
  public var key: String { text(syntax.keyRange) }
  /// The value as written.
  public var value: String { text(syntax.valueRange) }

  private func text(_ range: Range<Int>) -> String {
    Line.text(of: content, encoding: encoding, isPlainASCII: isPlainASCII, codeUnits: range)
  }

  /// The code units of a range of the line.
  func units(_ range: Range<Int>) -> CodeUnitView { CodeUnitView(content: content, encoding: encoding, range: range) }
  /// The decoded setting.
  public var setting: Setting { Setting(key: key, type: syntax.type, value: value) }
  /// The key folded to ASCII lower case.
  public var normalizedKey: String {
    propertyIndex >= 0 ? PropertyCatalogue.normalizedNames[propertyIndex] : PlainText.asciiLowercased(key)
  }
  /// The value trimmed the way clients trim strings.
  public var trimmedValue: String { PlainText.trimmed(value) }
  /// The catalogued type letter, for known keys.
  var expectedType: ValueType? { propertyIndex >= 0 ? PropertyCatalogue.types[propertyIndex] : nil }
  /// Whether the type letter matches the catalogue (unknown keys always match).
  public var hasExpectedType: Bool { expectedType.map { $0 == syntax.type } ?? true }
  /// Whether the key is known and its values are secrets.
  var isSecretKey: Bool { propertyIndex >= 0 && PropertyCatalogue.secret[propertyIndex] }
  /// Whether this line can decide its key's effective value: the expected type letter, and a
  /// strict decimal value for integers.
  var canDecide: Bool {
    hasExpectedType && (syntax.type != .integer || integer.value != nil)
  }

  /// Whether the value is empty or only spaces and tabs, found without decoding it.
  var valueIsBlank: Bool {
    units(syntax.valueRange).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C }
  }
}
