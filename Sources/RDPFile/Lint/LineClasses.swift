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
    // Indexed loops over stored fields: iterating the arrays by value would copy every element.
    let lines = document.lines
    let unitSize = document.encoding.encoding.codeUnitSize
    for index in lines.indices {
      if lines.kindCode(index) == .unparsed { unparsedLines.append(index) }
      if !lines.isPlainASCII(index) { nonASCIILines.append(index) }
      let bytes = lines.contentCount(index)
      if lines.firstUnit(index) == 0x2F { slashLines.append(index) }
      if bytes == unitSize || bytes == 1 { oneUnitLines.append(index) }
    }
    // Setting lines are classified from their records and raw code units, without building
    // each line.
    for position in settings.indices {
      let record = settings.records[position]
      let index = Int(record.line)
      let property = Int(record.property)
      guard case .setting(let syntax) = lines.table.kind(index, unitCount: lines.contentCount(index) / unitSize)
      else { continue }
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
      if lines.isPadded(index, syntax.keyRange) || lines.isPadded(index, syntax.valueRange) { padded.append(position) }
      if syntax.valueRange.count > longValue { longValues.append(position) }
    }
  }
}
