/// A decoded `key:type:value` setting.
///
/// Settings compare by meaning: keys match without regard to ASCII letter case (as Windows'
/// client and FreeRDP match them), while type and value must be equal. The key keeps its
/// spelling for display and editing.
public struct Setting: Sendable, CustomStringConvertible {
  /// The key as written.
  public var key: String
  /// The type letter.
  public var type: ValueType
  /// The value as written, untrimmed.
  public var value: String

  /// Creates a setting.
  public init(key: String, type: ValueType, value: String) {
    self.key = key
    self.type = type
    self.value = value
  }

  /// Parses `key:type:value` as given on a command line. Returns `nil` when the text has no
  /// key, no valid type letter, or fewer than two colons.
  public init?(parsing text: String) {
    let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, let type = ValueType(rawValue: String(parts[1]))
    else { return nil }
    self.init(key: String(parts[0]), type: type, value: String(parts[2]))
  }

  /// The key folded to ASCII lower case, the form used to match keys.
  public var normalizedKey: String { PlainText.asciiLowercased(key) }

  /// The setting as a file line: `key:type:value`.
  public var description: String { "\(key):\(type.letter):\(value)" }

}

extension Setting: Hashable {
  /// Settings are equal when their keys match case-insensitively and type and value are equal.
  public static func == (lhs: Setting, rhs: Setting) -> Bool {
    lhs.type == rhs.type && lhs.value == rhs.value && lhs.normalizedKey == rhs.normalizedKey
  }

  /// Hashes the normalized key, the type and the value.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(normalizedKey)
    hasher.combine(type)
    hasher.combine(value)
  }
}
