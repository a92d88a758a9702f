/// A setting line with everything rules ask about it, decoded once per document.
public struct SettingLine: Sendable {
  /// The 0-based line index in the document.
  public let index: Int
  /// The line.
  public let line: Line
  /// Where key, type and value sit.
  public let syntax: SettingSyntax
  /// The decoded setting.
  public let setting: Setting
  /// The key folded to ASCII lower case.
  public let normalizedKey: String
  /// The catalogue entry for the key, if it is known.
  public let property: Property?

  init(index: Int, line: Line, syntax: SettingSyntax) {
    self.index = index
    self.line = line
    self.syntax = syntax
    let setting = Setting(
      key: line.text(codeUnits: syntax.keyRange), type: syntax.type,
      value: line.text(codeUnits: syntax.valueRange))
    self.setting = setting
    normalizedKey = setting.normalizedKey
    property = PropertyCatalogue.property(named: normalizedKey)
  }

  /// The key as written.
  public var key: String { setting.key }
  /// The value as written.
  public var value: String { setting.value }
  /// The value trimmed the way clients trim strings.
  public var trimmedValue: String { HostAddress.trimmed(setting.value) }
  /// The strict decimal reading of the value.
  public var integer: IntegerValue { IntegerValue(parsing: setting.value) }
  /// Whether the type letter matches the catalogue (unknown keys always match).
  public var hasExpectedType: Bool { property.map { $0.type == syntax.type } ?? true }
}
