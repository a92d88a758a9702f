/// The lines a few rules care about, sorted out in one pass, so that each rule looks at a
/// short list instead of walking every line (positions are indices into
/// ``EffectiveSettings/settingLines``; line numbers are 0-based document lines).
struct LineClasses: Sendable {
  /// Settings whose key the catalogue does not know.
  var unknownKeys: [Int] = []
  /// Known keys written with another type letter.
  var wrongTypes: [Int] = []
  /// `i` values that are not strict decimal.
  var invalidIntegers: [Int] = []
  /// Strict decimal values outside the documented values of their key.
  var outOfRange: [Int] = []
  /// Keys or values with a space or tab at either end.
  var padded: [Int] = []
  /// Values over the oversized-value limit.
  var longValues: [Int] = []
  /// Non-blank lines that are not settings.
  var unparsedLines: [Int] = []
  /// Lines with anything but printable ASCII and tabs.
  var nonASCIILines: [Int] = []
  /// Lines whose first character is `/`.
  var slashLines: [Int] = []
  /// Lines whose content is exactly one code unit (or one byte).
  var oneUnitLines: [Int] = []

  init(document: RDPDocument, settings: SettingLineList, longValue: Int) {
    // One pass over the lines, reading records and raw code units without building a line;
    // setting records come in line order, so the setting at `position` is met at its line.
    let lines = document.lines
    let encoding = document.encoding.encoding
    let unitSize = encoding.codeUnitSize
    var position = 0
    lines.storage.withUnsafeBufferPointer { storage in
      for index in lines.indices {
        let range = lines.table.contentRange(index, unitSize: unitSize)
        let content = UnsafeBufferPointer(rebasing: storage[range])
        let unitCount = range.count / unitSize
        if lines.kindCode(index) == .unparsed { unparsedLines.append(index) }
        if !lines.isPlainASCII(index) { nonASCIILines.append(index) }
        if unitCount > 0, CodeUnitView.unit(content, at: 0, in: encoding) == 0x2F { slashLines.append(index) }
        if range.count == unitSize || range.count == 1 { oneUnitLines.append(index) }
        guard position < settings.endIndex, settings.lineIndex(position) == index else { continue }
        classify(
          position, settings.records[position], content, encoding, lines.table.kind(index, unitCount: unitCount),
          longValue: longValue)
        position += 1
      }
    }
  }

  /// Sorts the setting at `position` into the lists it belongs to.
  private mutating func classify(
    _ position: Int, _ record: SettingRecord, _ content: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding,
    _ kind: Line.Kind, longValue: Int
  ) {
    guard case .setting(let syntax) = kind else { return }
    let property = Int(record.property)
    let type = syntax.type
    if property < 0 {
      unknownKeys.append(position)
    } else if PropertyCatalogue.types[property] != type {
      wrongTypes.append(position)
    }
    if type == .integer {
      if let value = record.integer.value {
        if property >= 0, PropertyCatalogue.types[property] == .integer,
          !PropertyCatalogue.allowedValues[property].allows(value)
        {
          outOfRange.append(position)
        }
      } else {
        invalidIntegers.append(position)
      }
    }
    func isPadded(_ range: Range<Int>) -> Bool {
      guard !range.isEmpty else { return false }
      let first = CodeUnitView.unit(content, at: range.lowerBound, in: encoding)
      let last = CodeUnitView.unit(content, at: range.upperBound - 1, in: encoding)
      return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    }
    if isPadded(syntax.keyRange) || isPadded(syntax.valueRange) { padded.append(position) }
    if syntax.valueRange.count > longValue { longValues.append(position) }
  }
}
