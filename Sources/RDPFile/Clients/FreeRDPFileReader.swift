/// A document as FreeRDP's `.rdp` parser sees it, version by version (measured with both
/// parsers: FreeRDP 2.11.7 live, FreeRDP 3.30.0 from its recorded readings): which lines it can
/// read at all, the `key:type:value` entries it tokenizes, its lines starting with `/`, how it
/// reads integers and strings, and whether it refuses the file outright.
struct FreeRDPFileReader {
  /// One tokenized line: where its key (as written, not trimmed) and raw value are in the text
  /// read, and its type letter (its ASCII code; 0 for a one-character type that is not ASCII,
  /// which matches no letter the reader is asked for).
  struct Entry {
    var key: Range<Int>
    var type: UInt8
    var value: Range<Int>
    var line: Int
  }

  let client: Client
  /// Why the client refuses (or cannot survive) the file, when it does.
  private(set) var refusal: String?
  private(set) var entries: [Entry] = []
  /// Lines starting with `/` (FreeRDP 2.11 runs them as command-line options).
  private(set) var slashLines: [String] = []
  /// The UTF-8 of every line read, one after another; entries point into it, and strings are
  /// made only for the values asked for.
  private var text: [UInt8] = []

  init(_ document: RDPDocument, client: Client) {
    self.client = client
    guard document.byteCount >= 2 else {
      refusal = "\(client.label) refuses an empty file (fewer than 2 bytes)"
      return
    }
    let encoding = document.encoding
    // FreeRDP decodes UTF-16 only little-endian with a byte-order mark; anything else is read
    // as a C string, which for UTF-16 ends at the first NUL byte: nothing is read.
    if encoding.encoding != .utf8, encoding != .mstsc { return }
    let lines = document.lines
    let oneByteLines = Self.oneByteLines(document)
    if client == .freeRDP2, !oneByteLines.isEmpty, lines.count > 30 {
      refusal = "FreeRDP 2.11 crashes on the one-character line \(oneByteLines[0] + 1) of a file this long"
    }
    let mayHaveSurrogates =
      encoding.encoding != .utf8 && client == .freeRDP3 && Self.mayHoldSurrogate(document.storage[...])
    let unitSize = encoding.encoding.codeUnitSize
    text.reserveCapacity(document.byteCount / unitSize + 3)
    for index in lines.indices {
      let start = text.count
      let withMark = index == 0 && encoding.encoding == .utf8 && encoding.hasByteOrderMark
      if !withMark, lines.isPlainASCII(index) {
        // Printable ASCII (UTF-8, or UTF-16LE's low bytes): the bytes are the text, and it
        // holds no NUL.
        let range = lines.table.contentRange(index, unitSize: unitSize)
        CodeUnitView.appendASCII(lines.storage[range], encoding: encoding.encoding, to: &text)
        read(start, line: index)
        continue
      }
      let line = lines[index]
      if mayHaveSurrogates, Self.hasUnpairedSurrogate(line) {
        refusal = Self.surrogateRefusal(line: index)
        return
      }
      if withMark { text.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
      text.append(contentsOf: line.text.utf8)
      // A NUL (a byte in UTF-8, a code unit in UTF-16) ends what FreeRDP reads.
      if let nul = text[start...].firstIndex(of: 0) {
        text.removeSubrange(nul...)
        read(start, line: index)
        break
      }
      read(start, line: index)
    }
    if client == .freeRDP3, refusal == nil,
      let negative = entries.first(where: {
        $0.type == UInt8(ascii: "i") && (FreeRDPReading.signedInteger(text[$0.value]) ?? 0) < 0
      })
    {
      refusal = "FreeRDP 3.30 refuses the whole file because of the negative number on line \(negative.line + 1)"
    }
  }

  /// Reads the line whose text runs from `start` to the end of ``text``.
  private mutating func read(_ start: Int, line: Int) {
    let end = text.count
    // FreeRDP 3 skips lines of at most one character.
    if client == .freeRDP3, end - start <= 4, text[start..<end].lazy.filter({ $0 & 0xC0 != 0x80 }).count <= 1 {
      return
    }
    if start < end, text[start] == 0x2F, client == .freeRDP2 {
      slashLines.append(String(decoding: text[start..<end], as: UTF8.self))
      return
    }
    // Colons are ASCII, so they are found in the bytes without walking characters.
    guard let first = text[start..<end].firstIndex(of: 0x3A) else { return }
    let typeStart = first + 1
    guard let second = text[typeStart..<end].firstIndex(of: 0x3A) else { return }
    let letter: UInt8
    if second - typeStart == 1 {
      letter = text[typeStart]
    } else {
      let type = String(decoding: text[typeStart..<second], as: UTF8.self)
      guard type.count == 1, let only = type.first else { return }
      letter = only.asciiValue ?? 0
    }
    entries.append(Entry(key: start..<first, type: letter, value: (second + 1)..<end, line: line))
  }

  /// The raw value of an entry.
  private func value(_ entry: Entry) -> String { String(decoding: text[entry.value], as: UTF8.self) }

  /// The last entry of the lower-case `key` with type letter `type` (keys match ASCII
  /// case-insensitively, untrimmed).
  private func last(_ key: String, type: UInt8, where accept: (Entry) -> Bool = { _ in true }) -> Entry? {
    var key = key
    return key.withUTF8 { wanted in
      var index = entries.count - 1
      while index >= 0 {
        let entry = entries[index]
        index -= 1
        guard entry.key.count == wanted.count, entry.type == type else { continue }
        var offset = 0
        while offset < wanted.count {
          let byte = text[entry.key.lowerBound + offset]
          guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == wanted[offset] else { break }
          offset += 1
        }
        if offset == wanted.count, accept(entry) { return entry }
      }
      return nil
    }
  }

  /// The number an `i` entry holds for FreeRDP, if it reads one.
  private func number(_ entry: Entry) -> Int? {
    FreeRDPReading.signedInteger(text[entry.value]).flatMap { $0 >= 0 ? $0 : nil }
  }

  /// The line of the entry that decides `key` of type letter `type`.
  func line(of key: String, type: Character) -> Int? {
    guard let letter = type.asciiValue else { return nil }
    if type == "i" { return last(key, type: letter) { number($0) != nil }?.line }
    return last(key, type: letter)?.line
  }

  /// Whether the file has an `s` entry for `key` (even an empty one).
  func hasString(_ key: String) -> Bool { last(key, type: UInt8(ascii: "s")) != nil }

  /// The value of `key` as FreeRDP stores a string: the last `s` entry, trimmed of C white
  /// space (passwords are kept as written).
  func string(_ key: String) -> String? {
    guard let entry = last(key, type: UInt8(ascii: "s")) else { return nil }
    return key == "password" ? value(entry) : PlainText.trimmed(value(entry))
  }

  /// The value of `key` as FreeRDP stores an integer: the last `i` entry it can read
  /// (`strtol(value, NULL, 0)`), negatives and values past 2^31 - 1 ignored.
  func integer(_ key: String) -> Int? {
    last(key, type: UInt8(ascii: "i")) { number($0) != nil }.flatMap(number)
  }

  /// Lines one character long as FreeRDP 2.11 sees them (see RDP702).
  static func oneByteLines(_ document: RDPDocument) -> [Int] {
    guard document.encoding.encoding == .utf8 || document.encoding == .mstsc else { return [] }
    return document.lines.indices.filter { isOneByteLine($0, of: document) }
  }

  /// Whether line `index` is one byte long as FreeRDP 2.11 sees it, in a file it reads as
  /// UTF-8 or UTF-16LE with a byte-order mark (a UTF-8 byte-order mark counts as part of the
  /// first line; in UTF-16 one ASCII character is one byte once converted).
  static func isOneByteLine(_ index: Int, of document: RDPDocument) -> Bool {
    let lines = document.lines
    guard lines.contentCount(index) == document.encoding.encoding.codeUnitSize else { return false }
    if document.encoding.encoding == .utf8 { return !(index == 0 && document.encoding.hasByteOrderMark) }
    return lines.unit(index, at: 0) < 0x80
  }

  /// Why FreeRDP 3.30 refuses a UTF-16LE file with a byte-order mark because of an unpaired
  /// surrogate, found without building the whole model (it reads lines up to the first NUL,
  /// checking each before anything else); `nil` when it does not.
  static func surrogateRefusal(of document: RDPDocument) -> String? {
    guard document.encoding == .mstsc, document.byteCount >= 2,
      mayHoldSurrogate(document.storage[...])
    else { return nil }
    let lines = document.lines
    for index in lines.indices {
      let line = lines[index]
      if hasUnpairedSurrogate(line) { return surrogateRefusal(line: index) }
      if CodeUnitView(line.content, encoding: line.encoding).contains(0) { return nil }
    }
    return nil
  }

  /// Whether UTF-16 `bytes` may hold a surrogate: one needs a byte 0xD8–0xDF (its high byte),
  /// so bytes without one have none (the common case, known without decoding).
  static func mayHoldSurrogate(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBytes { raw in
      // Eight bytes at a time: a byte is 0xD8-0xDF when its top five bits are 11011, so the
      // word masked to those bits and compared with 0xD8 in every byte has a zero byte.
      let ones: UInt64 = 0x0101_0101_0101_0101
      var offset = 0
      while offset + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        let difference = (word & (0xF8 &* ones)) ^ (0xD8 &* ones)
        if (difference &- ones) & ~difference & (0x80 &* ones) != 0 { return true }
        offset += 8
      }
      return raw[offset...].contains { $0 & 0xF8 == 0xD8 }
    }
  }

  private static func surrogateRefusal(line index: Int) -> String {
    "FreeRDP 3.30 refuses a UTF-16 file with an unpaired surrogate (line \(index + 1))"
  }

  private static func hasUnpairedSurrogate(_ line: Line) -> Bool {
    guard mayHoldSurrogate(line.content) else { return false }
    let units = CodeUnitView(line.content, encoding: line.encoding)
    var index = 0
    while index < units.count {
      let unit = units[index]
      if (0xD800...0xDBFF).contains(unit) {
        guard index + 1 < units.count, (0xDC00...0xDFFF).contains(units[index + 1]) else { return true }
        index += 2
        continue
      }
      if (0xDC00...0xDFFF).contains(unit) { return true }
      index += 1
    }
    return false
  }
}
