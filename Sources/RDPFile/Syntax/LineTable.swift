/// The lines of a document as records over its bytes: where each starts, what it parses as.
///
/// Offsets are kept in 32 bits; a document larger than 4 GiB notes, for each 4 GiB boundary,
/// the first line that starts past it. Colon offsets are kept in 16 bits; the rare setting
/// whose key or type field is longer keeps its colons in a side table.
struct LineTable: Sendable, Hashable {
  private(set) var records: [LineRecord] = []
  /// For each 4 GiB boundary crossed, the index of the first line that starts past it.
  private var boundaries: [Int] = []
  /// Colons of settings whose offsets do not fit in 16 bits, by line index.
  private var wideColons: [Int: WideColons] = [:]
  /// The total size of the bytes the records point into.
  private(set) var byteCount = 0

  struct WideColons: Sendable, Hashable {
    var first: Int
    var second: Int
  }

  var count: Int { records.count }

  init() {}

  mutating func reserve(_ lines: Int) {
    records.reserveCapacity(lines)
  }

  /// Adds a line that starts at byte `start` and classifies as `kind`; `end` is where the
  /// line's bytes (terminator included) end.
  mutating func append(start: Int, end: Int, terminator: LineTerminator, kind: Line.Kind, isPlainASCII: Bool) {
    while start >> 32 > boundaries.count { boundaries.append(records.count) }
    var record: LineRecord
    switch kind {
    case .blank:
      record = LineRecord(
        start: UInt32(truncatingIfNeeded: start), terminator: terminator, kind: .blank, type: nil, reason: nil,
        isPlainASCII: isPlainASCII)
    case .unparsed(let reason):
      record = LineRecord(
        start: UInt32(truncatingIfNeeded: start), terminator: terminator, kind: .unparsed, type: nil, reason: reason,
        isPlainASCII: isPlainASCII)
    case .setting(let syntax):
      record = LineRecord(
        start: UInt32(truncatingIfNeeded: start), terminator: terminator, kind: .setting, type: syntax.type,
        reason: nil, isPlainASCII: isPlainASCII)
      let first = syntax.keyRange.upperBound
      let second = syntax.typeRange.upperBound
      if first <= Int(UInt16.max), second <= Int(UInt16.max) {
        record.firstColon = UInt16(first)
        record.secondColon = UInt16(second)
      } else {
        record.hasWideColons = true
        wideColons[records.count] = WideColons(first: first, second: second)
      }
    }
    records.append(record)
    byteCount = end
  }

  /// Adds a copy of line `index` of `source`, whose bytes (terminator included) the caller
  /// has appended at `start`..<`end`: the parse is taken over as it is.
  mutating func append(copyOf index: Int, in source: LineTable, start: Int, end: Int) {
    while start >> 32 > boundaries.count { boundaries.append(records.count) }
    var record = source.records[index]
    record.start = UInt32(truncatingIfNeeded: start)
    if record.hasWideColons, let wide = source.wideColons[index] { wideColons[records.count] = wide }
    records.append(record)
    byteCount = end
  }

  /// The bytes of line `index`, terminator included.
  func byteRange(_ index: Int) -> Range<Int> {
    start(index)..<(index + 1 < records.count ? start(index + 1) : byteCount)
  }

  /// Changes the terminator of the last line (its bytes must be appended by the caller).
  mutating func setLastTerminator(_ terminator: LineTerminator, end: Int) {
    records[records.count - 1].terminator = terminator
    byteCount = end
  }

  /// The byte offset where line `index` starts.
  func start(_ index: Int) -> Int {
    let low = Int(records[index].start)
    guard !boundaries.isEmpty else { return low }
    var high = 0
    while high < boundaries.count, boundaries[high] <= index { high += 1 }
    return high << 32 | low
  }

  /// The bytes of line `index` without its terminator.
  func contentRange(_ index: Int, unitSize: Int) -> Range<Int> {
    let start = start(index)
    let end = index + 1 < records.count ? self.start(index + 1) : byteCount
    let terminatorLength = records[index].terminator.unitCount * unitSize
    return start..<(end - terminatorLength)
  }

  /// What line `index` parses as, given the number of whole code units in its content.
  func kind(_ index: Int, unitCount: Int) -> Line.Kind {
    let record = records[index]
    switch record.kindCode {
    case .blank: return .blank
    case .unparsed: return .unparsed(record.reason)
    case .setting:
      var first = Int(record.firstColon)
      var second = Int(record.secondColon)
      if record.hasWideColons, let wide = wideColons[index] {
        first = wide.first
        second = wide.second
      }
      return .setting(
        SettingSyntax(
          keyRange: 0..<first, typeRange: (first + 1)..<second, valueRange: (second + 1)..<unitCount, type: record.type)
      )
    }
  }
}
