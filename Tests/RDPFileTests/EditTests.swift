import Testing

@testable import RDPFile

@Suite("Editing changes only the lines it touches")
struct EditTests {
  let mstsc = RDPDocument(
    text: "screen mode id:i:2\r\nFull Address:s:old.example.com\r\nusername:s:alice\r\n",
    encoding: .utf16LittleEndian, byteOrderMark: true)

  @Test("text becomes UTF-16 (both byte orders) exactly as Swift's own UTF-16 view gives it")
  func utf16Encoding() {
    var random = SeededGenerator(seed: 0x16)
    let samples: [Unicode.Scalar] = ["a", "Z", "~", "\u{0}", "\u{7F}", "é", "ß", "\u{2028}", "\u{FEFF}", "€", "😀", "𝄞"]
    for length in 0..<200 {
      var text = ""
      for _ in 0..<(length % 23) { text.unicodeScalars.append(samples.randomElement(using: &random)!) }
      if length % 3 == 0 { text = String(text.unicodeScalars.filter(\.isASCII)) }
      let units = Array(text.utf16)
      let little = units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
      let big = units.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
      #expect(TextEncoder.encode(text, in: .utf16LittleEndian) == little, "\(text.debugDescription)")
      #expect(TextEncoder.encode(text, in: .utf16BigEndian) == big, "\(text.debugDescription)")
      #expect(TextEncoder.encode(text, in: .utf8) == Array(text.utf8))
    }
  }

  @Test("set replaces the last occurrence in place, keeping key spelling and terminator")
  func replaceInPlace() throws {
    var document = mstsc
    let outcome = try document.set(Setting(key: "full address", type: .string, value: "10.0.0.5"))
    #expect(outcome == .replaced(line: 1))
    #expect(document.lines[1].text == "Full Address:s:10.0.0.5")
    #expect(document.lines[1].terminator == .crlf)
    #expect(document.encoding == mstsc.encoding)
    #expect(document.lines[0] == mstsc.lines[0])
    #expect(document.lines[2] == mstsc.lines[2])
  }

  @Test("set appends a missing key in the document's encoding and dominant terminator")
  func append() throws {
    var document = mstsc
    #expect(try document.set(Setting(key: "server port", type: .integer, value: "3390")) == .appended(line: 3))
    let bytes = document.serialized()
    #expect(bytes.starts(with: mstsc.serialized()))
    #expect(
      Array(bytes.dropFirst(mstsc.byteCount)) == TextEncoder.encode("server port:i:3390\r\n", in: .utf16LittleEndian))
  }

  @Test("set adds a terminator to a last line that has none")
  func appendAfterUnterminatedLine() throws {
    var document = RDPDocument(text: "a:s:1\nb:s:2")
    try document.set(Setting(key: "c", type: .integer, value: "3"))
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "a:s:1\nb:s:2\nc:i:3\n")
  }

  @Test("set of the same value changes nothing")
  func unchanged() throws {
    var document = mstsc
    #expect(try document.set(Setting(key: "USERNAME", type: .string, value: "alice")) == .unchanged(line: 2))
    #expect(document == mstsc)
  }

  @Test("set changes the type letter when asked")
  func changeType() throws {
    var document = RDPDocument(text: "server port:s:3390\n")
    try document.set(Setting(key: "server port", type: .integer, value: "3390"))
    #expect(document.lines[0].text == "server port:i:3390")
  }

  @Test("remove drops every occurrence, any type, any case")
  func remove() {
    var document = RDPDocument(text: "a:s:1\r\nA:i:2\nb:s:3\na :s:4\n")
    #expect(document.removeSettings(named: "a") == [0, 1])
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "b:s:3\na :s:4\n")
  }

  @Test("a value replacement keeps invalid bytes elsewhere in the line")
  func keepsInvalidBytes() throws {
    let bytes: [UInt8] = [0xC3, 0x28] + Array(":s:old\n".utf8)
    let document = RDPDocument(bytes: bytes)
    let syntax = try #require(document.lines[0].syntax)
    let edited = try document.applying([.replaceValue(line: 0, syntax: syntax, with: "new")])
    #expect(edited.serialized() == [0xC3, 0x28] + Array(":s:new\n".utf8))
  }

  @Test("nothing is appended after the half code unit of an odd-length UTF-16 file")
  func danglingByte() {
    var document = RDPDocument(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x62])
    #expect(throws: EditError.incompleteCodeUnit(line: 1)) {
      try document.set(Setting(key: "k", type: .string, value: "v"))
    }
  }

  @Test("overlapping edits and bad indices are refused")
  func refused() throws {
    let document = RDPDocument(text: "a:s:1\n")
    #expect(throws: EditError.overlappingEdits(line: 1)) {
      try document.applying([.deleteLine(0), .replaceContent(line: 0, of: document, with: "x")])
    }
    #expect(throws: EditError.lineOutOfRange(line: 3, count: 1)) {
      try document.applying([.deleteLine(2)])
    }
  }

  @Test("after one set on generated documents, only the touched or appended line differs")
  func generatedSingleEdits() {
    var generator = DocumentGenerator(random: SeededGenerator(seed: 42))
    for _ in 0..<2_000 {
      let original = RDPDocument(bytes: generator.document().bytes)
      var edited = original
      let key = generator.pick(["full address", "server port", "brand new key"])
      guard let outcome = try? edited.set(Setting(key: key, type: .string, value: "v")) else {
        // Only an odd-length UTF-16 document may refuse an appended line.
        #expect(original.encoding.encoding != .utf8 && original.lines.last.map { $0.content.count % 2 == 1 } == true)
        continue
      }
      switch outcome {
      case .unchanged:
        #expect(edited == original)
      case .replaced(let line):
        #expect(edited.lines.count == original.lines.count)
        for index in original.lines.indices where index != line {
          #expect(edited.lines[index] == original.lines[index])
        }
      case .appended(let line):
        #expect(line == original.lines.count)
        for index in original.lines.indices.dropLast() {
          #expect(edited.lines[index] == original.lines[index])
        }
        if let last = original.lines.last {
          #expect(edited.lines[original.lines.count - 1].content == last.content)
        }
      }
      #expect(RDPDocument(bytes: edited.serialized()) == edited)
    }
  }
}
