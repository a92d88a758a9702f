/// Edits described in line/column terms, for JSON and SARIF output.
enum EditLocation {
  /// One edit as JSON, with 1-based lines and Unicode-scalar columns.
  static func json(_ edit: Edit, in document: RDPDocument) -> JSONValue {
    switch edit.operation {
    case .replace(let line, let range, let text):
      let region = LintContext.columns(of: range, inLine: line, of: document)
      return .object([
        ("kind", "replace"), ("line", .int(line + 1)), ("startColumn", .int(region.startColumn)),
        ("endColumn", .int(region.endColumn)), ("text", .string(text)),
      ])
    case .deleteLine(let line):
      return .object([("kind", "deleteLine"), ("line", .int(line + 1))])
    case .insertLine(let before, let text):
      return .object([("kind", "insertLine"), ("beforeLine", .int(before + 1)), ("text", .string(text))])
    case .appendLine(let text):
      return .object([("kind", "appendLine"), ("text", .string(text))])
    case .setTerminator(let line, let terminator):
      return .object([
        ("kind", "setTerminator"), ("line", .int(line + 1)), ("terminator", .string(terminator.rawValue)),
      ])
    case .changeEncoding(let encoding, let byteOrderMark):
      return .object([
        ("kind", "changeEncoding"), ("encoding", .string(encoding.rawValue)), ("byteOrderMark", .bool(byteOrderMark)),
      ])
    }
  }
}

extension LintContext {
  /// The columns of code units `range` in line `line` of `document`.
  static func columns(of range: Range<Int>, inLine line: Int, of document: RDPDocument) -> SourceRange {
    let content = document.lines[line]
    let start = column(of: range.lowerBound, in: content)
    return SourceRange(
      line: line + 1, startColumn: start, endColumn: start + content.text(codeUnits: range).unicodeScalars.count)
  }
}
