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

  /// Code unit `offset` of line `index`, without building the line.
  func unit(_ index: Int, at offset: Int) -> UInt16 {
    let start = table.start(index) + offset * encoding.codeUnitSize
    precondition(offset >= 0 && start + encoding.codeUnitSize <= storage.count, "code unit out of range")
    return storage.withUnsafeBufferPointer {
      CodeUnitView.unit(UnsafeBufferPointer(rebasing: $0[start...]), at: 0, in: encoding)
    }
  }

  /// The terminator of line `index`, without building the line.
  func terminator(_ index: Int) -> LineTerminator { table.records[index].terminator }

  /// Whether line `index` is a setting, blank or unparsed, without building the line.
  func kindCode(_ index: Int) -> LineRecord.KindCode { table.records[index].kindCode }
}
