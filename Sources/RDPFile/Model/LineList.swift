/// The lines of a document, in order: a view over the document's bytes that hands out each
/// ``Line`` when asked, so that a document holds only its bytes and a small record per line.
public struct LineList: RandomAccessCollection, Sendable {
  let storage: [UInt8]
  let table: LineTable
  let encoding: TextEncoding

  /// The index of the first line (always 0).
  public var startIndex: Int { 0 }
  /// One past the last line.
  public var endIndex: Int { table.count }

  /// The line at `index`.
  public subscript(index: Int) -> Line {
    let range = table.contentRange(index, unitSize: encoding.codeUnitSize)
    let record = table.records[index]
    return Line(
      content: storage[range], terminator: record.terminator,
      kind: table.kind(index, unitCount: range.count / encoding.codeUnitSize), encoding: encoding,
      isPlainASCII: record.isPlainASCII)
  }

  /// Whether line `index` is printable ASCII only, without building the line.
  func isPlainASCII(_ index: Int) -> Bool { table.records[index].isPlainASCII }

  /// The number of content bytes of line `index`, without building the line.
  func contentCount(_ index: Int) -> Int { table.contentRange(index, unitSize: encoding.codeUnitSize).count }

  /// The first code unit of line `index` (`nil` for an empty line), without building the line.
  func firstUnit(_ index: Int) -> UInt16? {
    contentCount(index) >= encoding.codeUnitSize ? unit(index, at: 0) : nil
  }

  /// Code unit `offset` of line `index`, without building the line.
  func unit(_ index: Int, at offset: Int) -> UInt16 {
    let range = table.contentRange(index, unitSize: encoding.codeUnitSize)
    return CodeUnitView(content: storage[range], encoding: encoding, range: offset..<(offset + 1))[offset]
  }

  /// Whether the code units `range` of line `index` start or end with a space or tab.
  func isPadded(_ index: Int, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    let first = unit(index, at: range.lowerBound)
    let last = unit(index, at: range.upperBound - 1)
    return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
  }

  /// The terminator of line `index`, without building the line.
  func terminator(_ index: Int) -> LineTerminator { table.records[index].terminator }

  /// Whether line `index` is a setting, blank or unparsed, without building the line.
  func kindCode(_ index: Int) -> LineRecord.KindCode { table.records[index].kindCode }
}
