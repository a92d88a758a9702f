/// The setting lines of a document, in file order, handed out one ``SettingLine`` at a time
/// from compact records (see ``EffectiveSettings/settingLines``).
public struct SettingLineList: RandomAccessCollection, Sendable {
  let lines: LineList
  let records: [SettingRecord]

  /// The position of the first setting line (always 0).
  public var startIndex: Int { 0 }
  /// One past the last setting line.
  public var endIndex: Int { records.count }

  /// The setting line at `position`.
  public subscript(position: Int) -> SettingLine {
    let record = records[position]
    let index = Int(record.line)
    return SettingLine(
      index: index, line: lines[index], property: Int(record.property), integer: record.integer,
      previous: Int(record.previous))
  }

  /// The document line index of the setting at `position`, without building it.
  func lineIndex(_ position: Int) -> Int { Int(records[position].line) }
  /// The catalogue entry of the setting at `position` (-1 when unknown), without building it.
  func property(_ position: Int) -> Int { Int(records[position].property) }
  /// The previous position of the same key, without building the line.
  func previous(_ position: Int) -> Int { Int(records[position].previous) }
}
