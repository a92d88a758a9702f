/// What can go wrong editing a document, with a short message naming the line.
public enum EditError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An edit names a line the document does not have (1-based line, line count).
  case lineOutOfRange(line: Int, count: Int)
  /// Two edits change the same part of a line (1-based line).
  case overlappingEdits(line: Int)
  /// A new line would follow the half code unit that ends an odd-length UTF-16 file (1-based).
  case incompleteCodeUnit(line: Int)
  /// A line holds bytes that are not valid in the file's encoding, so it cannot be re-encoded.
  case undecodableBytes(line: Int)
  /// Text that should be `key:type:value` is not.
  case invalidSetting(String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .lineOutOfRange(let line, let count):
      "line \(line) is out of range (the document has \(count) lines)"
    case .overlappingEdits(let line):
      "two edits change the same part of line \(line)"
    case .incompleteCodeUnit(let line):
      "line \(line) ends in half a UTF-16 character, so nothing can be added after it"
    case .undecodableBytes(let line):
      "line \(line) holds bytes that are not valid in the file's encoding, so it cannot be re-encoded"
    case .invalidSetting(let text):
      "'\(TextEscaper.escape(text))' is not a KEY:TYPE:VALUE setting (TYPE is i, s or b)"
    }
  }
}
