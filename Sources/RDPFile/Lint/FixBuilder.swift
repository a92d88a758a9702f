/// The fixes many rules share.
enum FixBuilder {
  /// Sets the value of an existing setting line.
  static func setValue(_ line: SettingLine, to value: String, title: String, _ applicability: Applicability) -> Fix {
    Fix(
      title: title, applicability: applicability,
      edits: [.replaceValue(line: line.index, syntax: line.syntax, with: value)])
  }

  /// Sets `key` to `value`: in place on its last line, or appended.
  static func set(_ key: String, _ type: ValueType, _ value: String, in context: LintContext) -> Edit {
    set(key, type, value, in: context.effective)
  }

  /// Sets `key` to `value` in a document's effective view.
  static func set(_ key: String, _ type: ValueType, _ value: String, in context: EffectiveSettings) -> Edit {
    Edit.set(
      Setting(key: key, type: type, value: value),
      replacing: context.lastLine(forKey: key).map { ($0.index, $0.syntax) })
  }

  /// Deletes lines; no fix when there are more than ``Fix/maximumEdits``.
  static func delete(_ lines: [Int], title: String, _ applicability: Applicability) -> Fix? {
    guard lines.count <= Fix.maximumEdits else { return nil }
    return Fix(title: title, applicability: applicability, edits: lines.map(Edit.deleteLine))
  }
}
