/// Splits bytes into lines and classifies each one, in a single pass over code units.
///
/// Lines end at LF, CR LF or a lone CR, compared as code units of the detected encoding, so a
/// 0x0A byte inside a UTF-16 character never splits a line. Parsing never fails.
enum LineParser {
  static func parse(_ bytes: [UInt8]) -> (DocumentEncoding, LineTable) {
    bytes.withUnsafeBufferPointer { buffer in
      let encoding = EncodingDetector.detect(buffer)
      let table: LineTable
      switch encoding.encoding {
      case .utf8:
        table = split(buffer, from: encoding.byteOrderMarkLength, loader: UTF8Units.self)
      case .utf16LittleEndian:
        table = split(buffer, from: encoding.byteOrderMarkLength, loader: UTF16LEUnits.self)
      case .utf16BigEndian:
        table = split(buffer, from: encoding.byteOrderMarkLength, loader: UTF16BEUnits.self)
      }
      return (encoding, table)
    }
  }

  /// Classifies one line's content (used after an edit): its kind and whether it is plain ASCII.
  static func classify(content: ArraySlice<UInt8>, encoding: TextEncoding) -> (kind: Line.Kind, isPlainASCII: Bool) {
    content.withUnsafeBufferPointer { buffer in
      let kind: Line.Kind
      switch encoding {
      case .utf8: kind = classify(buffer, 0, buffer.count, loader: UTF8Units.self)
      case .utf16LittleEndian:
        kind = classify(buffer, 0, buffer.count / 2, loader: UTF16LEUnits.self)
      case .utf16BigEndian: kind = classify(buffer, 0, buffer.count / 2, loader: UTF16BEUnits.self)
      }
      var plain = buffer.count % encoding.codeUnitSize == 0
      if plain {
        for index in 0..<(buffer.count / encoding.codeUnitSize) {
          let unit = CodeUnitView.unit(buffer, at: index, in: encoding)
          if unit &- 0x20 >= 0x5F, unit != 0x09 {
            plain = false
            break
          }
        }
      }
      return (adjustForDanglingByte(kind, byteCount: buffer.count, encoding: encoding), plain)
    }
  }

  /// Classifies one line's content into a standalone ``Line``.
  static func line(content: ArraySlice<UInt8>, terminator: LineTerminator, encoding: TextEncoding) -> Line {
    let (kind, plain) = classify(content: content, encoding: encoding)
    return Line(content: content, terminator: terminator, kind: kind, encoding: encoding, isPlainASCII: plain)
  }

  /// The number of lines, counted first so the table is allocated once at its final size.
  private static func lineCount<Loader: CodeUnitLoader>(
    _ base: UnsafePointer<UInt8>?, _ unitCount: Int, loader: Loader.Type
  ) -> Int {
    guard let base else { return 0 }
    var count = 0
    var index = 0
    while index < unitCount {
      let unit = Loader.load(base, index)
      if unit == 0x0A {
        count &+= 1
      } else if unit == 0x0D {
        count &+= 1
        if index + 1 < unitCount, Loader.load(base, index + 1) == 0x0A { index &+= 1 }
      }
      index &+= 1
    }
    return count + 1
  }

  private static func split<Loader: CodeUnitLoader>(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, loader: Loader.Type
  ) -> LineTable {
    let size = Loader.size
    let unitCount = (buffer.count - start) / size
    let base = buffer.baseAddress.map { $0 + start }
    var table = LineTable()
    table.reserve(lineCount(base, unitCount, loader: Loader.self))
    var lineStart = 0
    var index = 0
    var plain = true
    while index < unitCount, let base {
      let unit = Loader.load(base, index)
      // Printable ASCII, the common case, costs one comparison.
      if unit &- 0x20 < 0x5F {
        index &+= 1
        continue
      }
      guard unit == 0x0A || unit == 0x0D else {
        if unit != 0x09 { plain = false }
        index &+= 1
        continue
      }
      var terminator = LineTerminator.lf
      var next = index &+ 1
      if unit == 0x0D {
        if next < unitCount, Loader.load(base, next) == 0x0A {
          terminator = .crlf
          next &+= 1
        } else {
          terminator = .cr
        }
      }
      let kind = classify(
        UnsafeBufferPointer(start: base, count: unitCount * size), lineStart, index, loader: Loader.self)
      table.append(
        start: start + lineStart * size, end: start + next * size, terminator: terminator, kind: kind,
        isPlainASCII: plain)
      lineStart = next
      index = next
      plain = true
    }
    let contentEnd = buffer.count
    let tailStart = start + lineStart * size
    if tailStart < contentEnd {
      let units = UnsafeBufferPointer(start: base, count: unitCount * size)
      let kind = classify(units, lineStart, unitCount, loader: Loader.self)
      table.append(
        start: tailStart, end: contentEnd, terminator: .none,
        kind: adjustForDanglingByte(kind, byteCount: contentEnd - tailStart, encoding: Loader.encoding),
        isPlainASCII: plain && (contentEnd - tailStart) % size == 0)
    }
    return table
  }

  /// A UTF-16 line that ends in half a code unit is never blank: the byte is content.
  private static func adjustForDanglingByte(
    _ kind: Line.Kind, byteCount: Int, encoding: TextEncoding
  ) -> Line.Kind {
    if encoding.codeUnitSize == 2, byteCount % 2 == 1, kind == .blank {
      return .unparsed(.noColon)
    }
    return kind
  }

  /// Classifies the code units `start..<end`; returned ranges are relative to `start`.
  @inline(__always)
  private static func classify<Loader: CodeUnitLoader>(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, loader: Loader.Type
  ) -> Line.Kind {
    guard let base = buffer.baseAddress else { return .blank }
    var firstColon = -1
    var secondColon = -1
    var nonBlank = false
    var index = start
    while index < end {
      let unit = Loader.load(base, index)
      if unit == 0x3A {
        if firstColon < 0 {
          firstColon = index
        } else {
          secondColon = index
          nonBlank = true
          break
        }
      }
      if !nonBlank, unit != 0x20, unit != 0x09, unit != 0x0B, unit != 0x0C { nonBlank = true }
      index &+= 1
    }
    guard nonBlank else { return .blank }
    guard firstColon >= 0 else { return .unparsed(.noColon) }
    guard secondColon >= 0 else { return .unparsed(.missingTypeSeparator) }
    let typeLength = secondColon - firstColon - 1
    if typeLength == 0 { return .unparsed(.emptyType) }
    if typeLength > 1 { return .unparsed(.typeTooLong) }
    guard let type = ValueType(codeUnit: Loader.load(base, firstColon + 1)) else {
      return .unparsed(.unknownTypeLetter)
    }
    if firstColon == start { return .unparsed(.emptyKey) }
    return .setting(
      SettingSyntax(
        keyRange: 0..<(firstColon - start),
        typeRange: (firstColon + 1 - start)..<(secondColon - start),
        valueRange: (secondColon + 1 - start)..<(end - start), type: type))
  }
}
