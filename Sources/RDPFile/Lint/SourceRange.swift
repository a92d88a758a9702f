/// A span inside one line of a document, in 1-based line and column numbers.
///
/// Columns count Unicode scalar values (code points) from 1, whatever the file's encoding; the
/// end column is exclusive, so an empty range marks a position.
public struct SourceRange: Sendable, Hashable, Comparable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based first column.
  public var startColumn: Int
  /// The 1-based column just after the span.
  public var endColumn: Int

  /// Creates a range.
  public init(line: Int, startColumn: Int, endColumn: Int) {
    self.line = line
    self.startColumn = startColumn
    self.endColumn = max(startColumn, endColumn)
  }

  /// Orders by line, then column.
  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    (lhs.line, lhs.startColumn, lhs.endColumn) < (rhs.line, rhs.startColumn, rhs.endColumn)
  }
}
