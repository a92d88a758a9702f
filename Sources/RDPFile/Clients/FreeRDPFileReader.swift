/// A document as FreeRDP's `.rdp` parser sees it, version by version (measured with both
/// parsers: FreeRDP 2.11.7 live, FreeRDP 3.30.0 from its recorded readings): which lines it can
/// read at all, the `key:type:value` entries it tokenizes, its lines starting with `/`, how it
/// reads integers and strings, and whether it refuses the file outright.
struct FreeRDPFileReader {
  /// One tokenized line: the key as written (not trimmed), its type letter and raw value.
  struct Entry {
    var key: String
    var type: Character
    var value: String
    var line: Int
  }

  let client: Client
  /// Why the client refuses (or cannot survive) the file, when it does.
  private(set) var refusal: String?
  private(set) var entries: [Entry] = []
  /// Lines starting with `/` (FreeRDP 2.11 runs them as command-line options).
  private(set) var slashLines: [String] = []
  /// The lower-cased keys, to look entries up without folding case again.
  private var keys: [String] = []

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
    for index in lines.indices {
      let line = lines[index]
      var text = line.text
      if encoding.encoding != .utf8, client == .freeRDP3, Self.hasUnpairedSurrogate(line) {
        refusal = Self.surrogateRefusal(line: index)
        return
      }
      // A NUL (a byte in UTF-8, a code unit in UTF-16) ends what FreeRDP reads.
      var ended = false
      if let nul = text.utf8.firstIndex(of: 0) {
        text = String(text[..<nul])
        ended = true
      }
      if index == 0, encoding.encoding == .utf8, encoding.hasByteOrderMark { text = "\u{FEFF}" + text }
      if client == .freeRDP3, text.utf8.count <= 4, text.unicodeScalars.count <= 1 {
        if ended { break }
        continue
      }
      if text.utf8.first == 0x2F, client == .freeRDP2 {
        slashLines.append(text)
      } else {
        tokenize(text, line: index)
      }
      if ended { break }
    }
    if client == .freeRDP3, refusal == nil,
      let negative = entries.first(where: { $0.type == "i" && (FreeRDPReading.signedInteger($0.value) ?? 0) < 0 })
    {
      refusal = "FreeRDP 3.30 refuses the whole file because of the negative number on line \(negative.line + 1)"
    }
  }

  private mutating func tokenize(_ text: String, line: Int) {
    // Colons are ASCII, so the UTF-8 view finds them without walking characters; its indices
    // are the string's.
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(of: 0x3A) else { return }
    let typeStart = utf8.index(after: first)
    guard let second = utf8[typeStart...].firstIndex(of: 0x3A) else { return }
    let letter: Character
    if utf8.distance(from: typeStart, to: second) == 1 {
      letter = Character(Unicode.Scalar(utf8[typeStart]))
    } else {
      let type = text[typeStart..<second]
      guard type.count == 1, let only = type.first else { return }
      letter = only
    }
    let key = String(text[..<first])
    entries.append(Entry(key: key, type: letter, value: String(text[utf8.index(after: second)...]), line: line))
    keys.append(PlainText.asciiLowercased(key))
  }

  /// The last entry of `key` with type letter `type`.
  private func last(_ key: String, type: Character, where accept: (Entry) -> Bool = { _ in true }) -> Entry? {
    var index = entries.count - 1
    while index >= 0 {
      if keys[index] == key, entries[index].type == type, accept(entries[index]) { return entries[index] }
      index -= 1
    }
    return nil
  }

  /// The line of the entry that decides `key` of type letter `type`.
  func line(of key: String, type: Character) -> Int? {
    if type == "i" { return last(key, type: "i") { FreeRDPReading.integer($0.value) != nil }?.line }
    return last(key, type: type)?.line
  }

  /// Whether the file has an `s` entry for `key` (even an empty one).
  func hasString(_ key: String) -> Bool { last(key, type: "s") != nil }

  /// The value of `key` as FreeRDP stores a string: the last `s` entry, trimmed of C white
  /// space (passwords are kept as written).
  func string(_ key: String) -> String? {
    guard let entry = last(key, type: "s") else { return nil }
    return key == "password" ? entry.value : PlainText.trimmed(entry.value)
  }

  /// The value of `key` as FreeRDP stores an integer: the last `i` entry it can read
  /// (`strtol(value, NULL, 0)`), negatives and values past 2^31 - 1 ignored.
  func integer(_ key: String) -> Int? {
    last(key, type: "i") { FreeRDPReading.integer($0.value) != nil }.flatMap { FreeRDPReading.integer($0.value) }
  }

  /// Lines one character long as FreeRDP 2.11 sees them (see RDP702).
  static func oneByteLines(_ document: RDPDocument) -> [Int] {
    guard document.encoding.encoding == .utf8 || document.encoding == .mstsc else { return [] }
    let lines = document.lines
    return lines.indices.filter { index in
      let line = lines[index]
      if line.encoding == .utf8 {
        return line.content.count == 1 && !(index == 0 && document.encoding.hasByteOrderMark)
      }
      return line.content.count == 2
        && CodeUnitReader.units(line.content, in: line.encoding).first.map { $0 < 0x80 } == true
    }
  }

  /// Why FreeRDP 3.30 refuses a UTF-16LE file with a byte-order mark because of an unpaired
  /// surrogate, found without building the whole model (it reads lines up to the first NUL,
  /// checking each before anything else); `nil` when it does not.
  static func surrogateRefusal(of document: RDPDocument) -> String? {
    guard document.encoding == .mstsc, document.byteCount >= 2 else { return nil }
    let lines = document.lines
    for index in lines.indices {
      let line = lines[index]
      if hasUnpairedSurrogate(line) { return surrogateRefusal(line: index) }
      if CodeUnitReader.units(line.content, in: line.encoding).contains(0) { return nil }
    }
    return nil
  }

  private static func surrogateRefusal(line index: Int) -> String {
    "FreeRDP 3.30 refuses a UTF-16 file with an unpaired surrogate (line \(index + 1))"
  }

  private static func hasUnpairedSurrogate(_ line: Line) -> Bool {
    // A surrogate's high byte is 0xD8–0xDF; a line without such a byte has none (the common
    // case, checked without decoding).
    guard line.content.contains(where: { $0 >= 0xD8 && $0 <= 0xDF }) else { return false }
    let units = CodeUnitReader.units(line.content, in: line.encoding)
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
