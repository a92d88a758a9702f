/// One change to a document, expressed against its lines.
///
/// Edits never touch lines they do not name: a replacement rewrites a range of code units
/// inside one line and keeps the rest of its bytes and its terminator; a deletion drops one
/// line; an insertion adds a line with the document's dominant terminator.
public struct Edit: Sendable, Hashable {
  /// What the edit does.
  public enum Operation: Sendable, Hashable {
    /// Replaces the code units `range` of line `line`'s content with `text`.
    case replace(line: Int, range: Range<Int>, text: String)
    /// Removes line `line`, terminator included.
    case deleteLine(Int)
    /// Inserts a new line holding `text` before line `before`.
    case insertLine(before: Int, text: String)
    /// Adds a new line holding `text` after the last line.
    case appendLine(String)
    /// Gives line `line` a different terminator.
    case setTerminator(line: Int, LineTerminator)
    /// Writes the whole document in another encoding (text unchanged). Refused when a line holds
    /// bytes that are not valid in the current encoding, since they could not be carried over.
    case changeEncoding(TextEncoding, byteOrderMark: Bool)
  }

  /// The change.
  public var operation: Operation

  /// Creates an edit.
  public init(_ operation: Operation) {
    self.operation = operation
  }

  /// Replaces the value of the setting on line `line`.
  public static func replaceValue(line: Int, syntax: SettingSyntax, with value: String) -> Edit {
    Edit(.replace(line: line, range: syntax.valueRange, text: value))
  }

  /// Replaces the whole content of line `line`, keeping its terminator.
  public static func replaceContent(line: Int, of document: RDPDocument, with text: String)
    -> Edit
  {
    Edit(.replace(line: line, range: 0..<document.lines[line].codeUnitCount, text: text))
  }

  /// Sets `setting`. With `last` (the key's last line and its syntax), that line gets the new
  /// type letter and value in place, keeping the key's spelling and the terminator; without it,
  /// `key:type:value` is appended.
  package static func set(_ setting: Setting, replacing last: (line: Int, syntax: SettingSyntax)?) -> Edit {
    guard let last else { return .appendLine(setting.description) }
    let range = last.syntax.typeRange.lowerBound..<last.syntax.valueRange.upperBound
    return Edit(.replace(line: last.line, range: range, text: "\(setting.type.letter):\(setting.value)"))
  }

  /// Removes line `line`.
  public static func deleteLine(_ line: Int) -> Edit { Edit(.deleteLine(line)) }

  /// Appends a new line.
  public static func appendLine(_ text: String) -> Edit { Edit(.appendLine(text)) }

  /// The line the edit is anchored to (`nil` for an append).
  public var line: Int? {
    switch operation {
    case .replace(let line, _, _): line
    case .deleteLine(let line): line
    case .insertLine(let before, _): before
    case .appendLine, .changeEncoding: nil
    case .setTerminator(let line, _): line
    }
  }

}
