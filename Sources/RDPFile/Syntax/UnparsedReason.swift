/// Why a non-blank line is not a `key:type:value` setting.
public enum UnparsedReason: String, Sendable, Hashable, CaseIterable {
  /// The line has no colon at all (free text, `# comment`, `[section]`).
  case noColon = "no-colon"
  /// The line has one colon only, so there is no type field (`key:value`).
  case missingTypeSeparator = "missing-type-separator"
  /// The type field between the two colons is empty (`key::value`).
  case emptyType = "empty-type"
  /// The type field is longer than one character (`key:ss:value`, `key : s : value`).
  case typeTooLong = "type-too-long"
  /// The type is one character but not `i`, `s` or `b` (upper case included).
  case unknownTypeLetter = "unknown-type-letter"
  /// Nothing precedes the first colon (`:s:value`).
  case emptyKey = "empty-key"

  /// A short explanation for people.
  public var explanation: String {
    switch self {
    case .noColon: "no colon, so not a key:type:value setting"
    case .missingTypeSeparator: "only one colon, so there is no type letter"
    case .emptyType: "the type letter between the colons is missing"
    case .typeTooLong: "the type field is longer than one character"
    case .unknownTypeLetter: "the type letter is not i, s or b"
    case .emptyKey: "the key before the first colon is empty"
    }
  }
}
