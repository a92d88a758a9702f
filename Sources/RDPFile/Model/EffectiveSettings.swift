/// What a client will actually use from a document.
///
/// The choices, and where they come from (measured with FreeRDP 2.11.7 in
/// `freerdp-oracle.md`; Microsoft documents none of them):
/// - Keys match ASCII case-insensitively and are not trimmed: ` username` is a different key.
/// - A key's **last** occurrence wins. The document still holds every occurrence.
/// - A known key counts only with its catalogued type letter (`server port:s:3390` is ignored,
///   as FreeRDP ignores it), and an integer counts only when it is strict decimal (see
///   ``IntegerValue``); an invalid later occurrence does not override a valid earlier one.
/// - String values are trimmed of spaces, tabs, vertical tabs and form feeds at both ends,
///   except passwords, which are kept exactly.
public struct EffectiveSettings: Sendable {
  /// The document the view was built from.
  public let document: RDPDocument
  /// What is known of each setting line, in file order.
  private let records: [SettingRecord]
  /// For each catalogue entry, the position of its last line in ``settingLines`` (or -1).
  private let lastByProperty: [Int32]
  /// Positions of lines with keys the catalogue does not know, by lower-case key.
  private let unknownPositions: [String: [Int]]

  init(document: RDPDocument) {
    self.document = document
    var records: [SettingRecord] = []
    var last = [Int32](repeating: -1, count: PropertyCatalogue.entries.count)
    var unknown: [String: [Int]] = [:]
    let lines = document.lines
    let encoding = document.encoding.encoding
    let unitSize = encoding.codeUnitSize
    records.reserveCapacity(lines.count)
    // Each setting is read from its record and its bytes, without building a `Line`.
    lines.storage.withUnsafeBufferPointer { storage in
      for index in lines.indices where lines.kindCode(index) == .setting {
        let range = lines.table.contentRange(index, unitSize: unitSize)
        guard case .setting(let syntax) = lines.table.kind(index, unitCount: range.count / unitSize) else { continue }
        let content = UnsafeBufferPointer(rebasing: storage[range])
        let property = PropertyCatalogue.table.index(in: content, encoding: encoding, range: syntax.keyRange) ?? -1
        let integer =
          syntax.type == .integer
          ? IntegerValue(content: content, encoding: encoding, range: syntax.valueRange) : .invalid(.notANumber)
        var record = SettingRecord(line: index, property: property, integer: integer)
        if property >= 0 {
          record.previous = last[property]
          last[property] = Int32(records.count)
        } else {
          let key = Line.text(
            of: lines.storage[range], encoding: encoding, isPlainASCII: lines.isPlainASCII(index),
            codeUnits: syntax.keyRange)
          unknown[PlainText.asciiLowercased(key), default: []].append(records.count)
        }
        records.append(record)
      }
    }
    self.records = records
    lastByProperty = last
    unknownPositions = unknown
  }

  /// Every setting line, decoded on demand, in file order.
  public var settingLines: SettingLineList {
    SettingLineList(lines: document.lines, records: records)
  }

  /// Positions in ``settingLines`` of every line of `key`, in file order.
  private func positions(of key: String) -> [Int] {
    guard let index = PropertyCatalogue.index(of: key) else {
      return unknownPositions[PlainText.asciiLowercased(key)] ?? []
    }
    return positions(of: index)
  }

  /// Positions in ``settingLines`` of every line of catalogue entry `index`, in file order.
  private func positions(of index: Int) -> [Int] {
    var result: [Int] = []
    var position = Int(lastByProperty[index])
    while position >= 0 {
      result.append(position)
      position = Int(records[position].previous)
    }
    return result.reversed()
  }

  /// Every setting line of `key` (matched case-insensitively), in file order.
  public func lines(forKey key: String) -> [SettingLine] {
    let lines = settingLines
    return positions(of: key).map { lines[$0] }
  }

  /// Every setting line of the catalogue entry `id`, in file order.
  func lines(_ id: PropertyCatalogue.ID) -> [SettingLine] {
    let lines = settingLines
    return positions(of: id.index).map { lines[$0] }
  }

  /// The indices of every line with `key`, in file order.
  public func lineIndices(forKey key: String) -> [Int] {
    positions(of: key).map { Int(records[$0].line) }
  }

  /// The last setting line of `key`, whatever its type or value.
  public func lastLine(forKey key: String) -> SettingLine? {
    if let index = PropertyCatalogue.index(of: key) { return lastLine(index: index) }
    return unknownPositions[PlainText.asciiLowercased(key)]?.last.map { settingLines[$0] }
  }

  /// The last setting line of the catalogue entry `id`, whatever its type or value.
  func lastLine(_ id: PropertyCatalogue.ID) -> SettingLine? { lastLine(index: id.index) }

  private func lastLine(index: Int) -> SettingLine? {
    let position = Int(lastByProperty[index])
    return position >= 0 ? settingLines[position] : nil
  }

  /// The setting line that decides `key` under the rules above.
  public func effectiveLine(forKey key: String) -> SettingLine? {
    guard let index = PropertyCatalogue.index(of: key) else {
      return unknownPositions[PlainText.asciiLowercased(key)]?.reversed().lazy.map { settingLines[$0] }.first {
        $0.canDecide
      }
    }
    return effectiveLine(index: index)
  }

  /// The deciding line of the catalogue entry `id`.
  func effectiveLine(_ id: PropertyCatalogue.ID) -> SettingLine? { effectiveLine(index: id.index) }

  private func effectiveLine(index: Int) -> SettingLine? {
    let lines = settingLines
    var position = Int(lastByProperty[index])
    while position >= 0 {
      let line = lines[position]
      if line.canDecide { return line }
      position = line.previous
    }
    return nil
  }

  /// The effective string value of `key`, trimmed (passwords excepted).
  public func string(_ key: String) -> String? {
    string(of: effectiveLine(forKey: key))
  }

  /// The effective integer value of `key`, when a strict decimal occurrence exists.
  public func integer(_ key: String) -> Int? {
    integer(of: effectiveLine(forKey: key))
  }

  /// The effective string value of the catalogue entry `id`.
  func string(_ id: PropertyCatalogue.ID) -> String? { string(of: effectiveLine(id)) }

  /// The effective integer value of the catalogue entry `id`.
  func integer(_ id: PropertyCatalogue.ID) -> Int? { integer(of: effectiveLine(id)) }

  private func string(of line: SettingLine?) -> String? {
    guard let line else { return nil }
    return line.isSecretKey ? line.value : line.trimmedValue
  }

  private func integer(of line: SettingLine?) -> Int? {
    guard let line, line.syntax.type == .integer else { return nil }
    return line.integer.value
  }

  /// Groups of positions (in ``settingLines``, in file order) of keys that appear more than
  /// once, ordered by their first line.
  var duplicateGroups: [[Int]] {
    var groups: [[Int]] = []
    for (position, record) in records.enumerated() where record.property >= 0 && record.previous >= 0 {
      // Only the last line of a key starts a walk, so each group is collected once.
      guard Int(lastByProperty[Int(record.property)]) == position else { continue }
      var group: [Int] = []
      var cursor = position
      while cursor >= 0 {
        group.append(cursor)
        cursor = Int(records[cursor].previous)
      }
      groups.append(group.reversed())
    }
    groups += unknownPositions.values.filter { $0.count > 1 }
    return groups.sorted { $0[0] < $1[0] }
  }

  /// Whether any line carries `key`, whatever its type or value.
  public func contains(_ key: String) -> Bool {
    lastLine(forKey: key) != nil
  }

  /// Whether any line carries the catalogue entry `id`, whatever its type or value.
  func contains(_ id: PropertyCatalogue.ID) -> Bool { lastByProperty[id.index] >= 0 }

  /// The connection this document describes.
  public var connection: Connection { Connection(self) }
}
