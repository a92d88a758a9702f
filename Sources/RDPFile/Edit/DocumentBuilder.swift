/// Builds the bytes and line table of an edited document, line by line: unchanged lines are
/// copied as they are (bytes and parse), new or changed lines are classified once.
struct DocumentBuilder {
  let encoding: DocumentEncoding
  private(set) var storage: [UInt8] = []
  private(set) var table = LineTable()
  private let unitSize: Int

  init(encoding: DocumentEncoding, reservingBytes bytes: Int, lines: Int) {
    self.encoding = encoding
    unitSize = encoding.encoding.codeUnitSize
    storage.reserveCapacity(bytes)
    table.reserve(lines)
    if encoding.hasByteOrderMark { storage.append(contentsOf: encoding.encoding.byteOrderMark) }
  }

  var lineCount: Int { table.count }

  /// Copies line `index` of `source` unchanged.
  /// (The source must be in the same encoding: its bytes are copied as they are.)
  mutating func copy(_ index: Int, of source: RDPDocument) {
    let start = storage.count
    storage.append(contentsOf: source.storage[source.table.byteRange(index)])
    table.append(copyOf: index, in: source.table, start: start, end: storage.count)
  }

  /// Adds a line with new content.
  mutating func append(content: ArraySlice<UInt8>, terminator: LineTerminator) {
    let (kind, plain) = LineParser.classify(content: content, encoding: encoding.encoding)
    let start = storage.count
    storage.append(contentsOf: content)
    storage.append(contentsOf: terminator.bytes(in: encoding.encoding))
    table.append(start: start, end: storage.count, terminator: terminator, kind: kind, isPlainASCII: plain)
  }

  /// The last line so far, when it has no terminator, gets `terminator` (a line follows it).
  /// - Throws: ``EditError/incompleteCodeUnit(line:)`` when it ends in half a UTF-16 unit.
  mutating func terminateLastLine(with terminator: LineTerminator) throws(EditError) {
    guard table.count > 0, table.records[table.count - 1].terminator == .none else { return }
    let range = table.contentRange(table.count - 1, unitSize: unitSize)
    guard range.count % unitSize == 0 else { throw .incompleteCodeUnit(line: table.count) }
    storage.append(contentsOf: terminator.bytes(in: encoding.encoding))
    table.setLastTerminator(terminator, end: storage.count)
  }

  var document: RDPDocument {
    RDPDocument(encoding: encoding, storage: storage, table: table)
  }
}
