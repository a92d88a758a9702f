/// Everything the rules look at, computed once per document: decoded setting lines, a key
/// index, the effective view and the connection.
public struct LintContext: Sendable {
  /// The document.
  public let document: RDPDocument
  /// The setting lines in file order.
  public let settingLines: [SettingLine]
  /// The effective view.
  public let effective: EffectiveSettings
  /// The resolved connection.
  public let connection: Connection
  private let positionsByKey: [String: [Int]]

  /// Decodes a document for linting.
  public init(document: RDPDocument) {
    self.document = document
    var lines: [SettingLine] = []
    lines.reserveCapacity(document.lines.count)
    var positions: [String: [Int]] = [:]
    for (index, line) in document.lines.enumerated() {
      guard case .setting(let syntax) = line.kind else { continue }
      let settingLine = SettingLine(index: index, line: line, syntax: syntax)
      positions[settingLine.normalizedKey, default: []].append(lines.count)
      lines.append(settingLine)
    }
    settingLines = lines
    positionsByKey = positions
    effective = document.effective
    connection = effective.connection
  }

  /// Every setting line of `key` (matched case-insensitively), in file order.
  public func lines(forKey key: String) -> [SettingLine] {
    (positionsByKey[Setting.normalize(key)] ?? []).map { settingLines[$0] }
  }

  /// The last setting line of `key`, whatever its type or value.
  public func lastLine(forKey key: String) -> SettingLine? {
    positionsByKey[Setting.normalize(key)]?.last.map { settingLines[$0] }
  }

  /// The setting line that decides `key` (see ``EffectiveSettings``).
  public func effectiveLine(forKey key: String) -> SettingLine? {
    for line in lines(forKey: key).reversed() {
      guard line.hasExpectedType else { continue }
      if line.syntax.type == .integer, line.integer.value == nil { continue }
      return line
    }
    return nil
  }

  /// The effective integer of `key`.
  public func integer(_ key: String) -> Int? { effectiveLine(forKey: key)?.integer.value }

  /// Whether the file is signed (`signscope` or `signature` present).
  public var isSigned: Bool { lastLine(forKey: "signscope") != nil || lastLine(forKey: "signature") != nil }

  // MARK: Ranges

  /// The range of code units `units` of line `index`.
  public func range(line index: Int, codeUnits units: Range<Int>) -> SourceRange {
    let line = document.lines[index]
    let start = Self.column(of: units.lowerBound, in: line)
    let end = start + line.text(codeUnits: units).unicodeScalars.count
    return SourceRange(line: index + 1, startColumn: start, endColumn: end)
  }

  /// The whole content of line `index`.
  public func range(line index: Int) -> SourceRange {
    range(line: index, codeUnits: 0..<document.lines[index].codeUnitCount)
  }

  /// The key of a setting line.
  public func keyRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index, codeUnits: line.syntax.keyRange)
  }

  /// The value of a setting line (its start when the value is empty).
  public func valueRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index, codeUnits: line.syntax.valueRange)
  }

  /// The whole setting line.
  public func lineRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index)
  }

  /// A position just after the last line, for findings about something missing.
  public var endOfDocument: SourceRange {
    guard let last = document.lines.indices.last else { return SourceRange(line: 1, startColumn: 1, endColumn: 1) }
    let column = document.lines[last].text.unicodeScalars.count + 1
    return SourceRange(line: last + 1, startColumn: column, endColumn: column)
  }

  /// The 1-based column of code unit `offset` in `line`.
  static func column(of offset: Int, in line: Line) -> Int {
    offset == 0 ? 1 : line.text(codeUnits: 0..<offset).unicodeScalars.count + 1
  }

  // MARK: Text for messages

  /// A value as it may appear in a message: escaped, shortened, and masked for secret keys.
  public func show(_ value: String, key: String) -> String {
    if SecretPolicy.isSecret(key: key) { return "(secret value)" }
    let escaped = TextEscaper.escape(value)
    guard escaped.count > 80 else { return "'\(escaped)'" }
    return "'\(escaped.prefix(77))…'"
  }

  /// A key as it may appear in a message.
  public func show(key: String) -> String { "'\(TextEscaper.escape(key))'" }
}
