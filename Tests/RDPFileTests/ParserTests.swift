import Testing

@testable import RDPFile

@Suite("Parsing lines and encodings")
struct ParserTests {
  @Test("mstsc UTF-16LE with BOM and CRLF")
  func mstscStyle() {
    let document = RDPDocument(
      text: "screen mode id:i:2\r\nfull address:s:host\r\n", encoding: .utf16LittleEndian,
      byteOrderMark: true)
    #expect(document.encoding == .mstsc)
    #expect(document.lines.count == 2)
    #expect(document.lines.allSatisfy { $0.terminator == .crlf })
    #expect(document.lines[1].setting == Setting(key: "full address", type: .string, value: "host"))
    #expect(document.dominantTerminator == .crlf)
  }

  @Test("UTF-16BE with BOM, UTF-8 with BOM")
  func otherBOMs() {
    let big = RDPDocument(text: "a:s:b\n", encoding: .utf16BigEndian, byteOrderMark: true)
    #expect(big.encoding.encoding == .utf16BigEndian && big.encoding.hasByteOrderMark)
    #expect(big.lines.first?.setting?.value == "b")
    let utf8 = RDPDocument(text: "a:s:b\n", encoding: .utf8, byteOrderMark: true)
    #expect(utf8.encoding.encoding == .utf8 && utf8.encoding.hasByteOrderMark)
    #expect(utf8.lines.first?.setting?.key == "a")
  }

  @Test("BOM-less UTF-16 is recognised by its NUL bytes")
  func bomlessUTF16() {
    let little = RDPDocument(text: "full address:s:x\r\n", encoding: .utf16LittleEndian)
    #expect(little.encoding.encoding == .utf16LittleEndian)
    #expect(little.encoding.evidence == .nulBytePattern)
    #expect(little.lines.first?.setting?.value == "x")
    let big = RDPDocument(text: "full address:s:x\r\n", encoding: .utf16BigEndian)
    #expect(big.encoding.encoding == .utf16BigEndian)
    #expect(big.lines.first?.setting?.key == "full address")
  }

  @Test("a stray NUL does not make UTF-8 look like UTF-16")
  func strayNul() {
    let document = RDPDocument(bytes: Array("full address:s:host\n".utf8) + [0] + Array("x:i:1\n".utf8))
    #expect(document.encoding.encoding == .utf8)
    #expect(document.encoding.evidence == .fallback)
  }

  @Test("a 0x0A byte inside a UTF-16 character does not split the line")
  func utf16ByteIsNotALineBreak() {
    // U+010A is 0A 01 in UTF-16LE and U+0A0D is 0D 0A: both contain newline bytes.
    let document = RDPDocument(text: "k:s:\u{010A}\u{0A0D}\r\nz:s:1", encoding: .utf16LittleEndian, byteOrderMark: true)
    #expect(document.lines.count == 2)
    #expect(document.lines[0].setting?.value == "\u{010A}\u{0A0D}")
    #expect(document.lines[1].terminator == LineTerminator.none)
  }

  @Test("terminators: CRLF, LF, CR, none, mixed")
  func terminators() {
    let document = RDPDocument(text: "a:s:1\r\nb:s:2\nc:s:3\rd:s:4")
    #expect(document.lines.map(\.terminator) == [.crlf, .lf, .cr, .none])
    #expect(document.hasMixedTerminators)
    #expect(RDPDocument(text: "a:s:1\r\r\n").lines.map(\.terminator) == [.cr, .crlf])
  }

  @Test(
    "line kinds and unparsed reasons",
    arguments: [
      (
        "full address:s:a:b:c",
        Line.Kind.setting(SettingSyntax(keyRange: 0..<12, typeRange: 13..<14, valueRange: 15..<20, type: .string))
      ),
      ("", .blank), ("  \t ", .blank), ("# comment", .unparsed(.noColon)),
      ("key:value", .unparsed(.missingTypeSeparator)), ("key::v", .unparsed(.emptyType)),
      ("key:ss:v", .unparsed(.typeTooLong)), (" k : s : v", .unparsed(.typeTooLong)),
      ("key:S:v", .unparsed(.unknownTypeLetter)), ("key:x:v", .unparsed(.unknownTypeLetter)),
      (":s:v", .unparsed(.emptyKey)),
    ])
  func kinds(text: String, expected: Line.Kind) {
    #expect(RDPDocument(text: text).lines.first?.kind ?? .blank == expected)
  }

  @Test("values keep colons and whitespace; keys keep spelling")
  func valuesAndKeys() {
    let spaced = RDPDocument(text: " Full Address :s: host:3390 ").lines[0].setting
    #expect(spaced?.key == " Full Address ")
    let ok = RDPDocument(text: "Full Address:s: host:3390 ").lines[0].setting
    #expect(ok?.key == "Full Address")
    #expect(ok?.normalizedKey == "full address")
    #expect(ok?.value == " host:3390 ")
  }

  @Test("invalid bytes become U+FFFD in views only")
  func invalidBytes() {
    let bytes: [UInt8] = Array("k:s:".utf8) + [0xC3, 0x28]
    let document = RDPDocument(bytes: bytes)
    #expect(document.lines[0].setting?.value == "\u{FFFD}(")
    #expect(document.serialized() == bytes)
    let odd = RDPDocument(bytes: [0xFF, 0xFE, 0x6B, 0x00, 0x3A, 0x00, 0x73, 0x00, 0x3A, 0x00, 0x41])
    #expect(odd.lines.count == 1)
    #expect(odd.lines[0].setting?.value == "\u{FFFD}")
    let lone = RDPDocument(bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x0A, 0x00])
    #expect(lone.lines[0].text == "\u{FFFD}")
  }

  @Test("empty file, BOM only, single newline")
  func tinyFiles() {
    #expect(RDPDocument(bytes: []).lines.isEmpty)
    let bomOnly = RDPDocument(bytes: [0xFF, 0xFE])
    #expect(bomOnly.lines.isEmpty && bomOnly.encoding.hasByteOrderMark)
    #expect(RDPDocument(bytes: [0x0A]).lines.map(\.kind) == [.blank])
  }

  @Test("a dangling odd byte after the last UTF-16 line is content")
  func danglingByte() {
    let document = RDPDocument(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x62])
    #expect(document.lines.count == 2)
    #expect(document.lines[1].kind == .unparsed(.noColon))
    #expect(document.lines[1].text == "\u{FFFD}")
  }
}
