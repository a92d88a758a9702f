import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// Broken and hostile inputs, each with the outcome it must have: the bytes come back unchanged,
/// the named findings appear, no self-check promise breaks (see `SelfCheck`), and nothing hangs.
@Suite("Hostile and broken inputs")
struct HostileInputTests {
  /// Lints `bytes` after checking every promise of `SelfCheck`; returns the rule IDs found.
  static func findings(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
    #expect(SelfCheck.violations(of: bytes) == [], sourceLocation: sourceLocation)
    return Linter().lint(RDPDocument(bytes: bytes))
  }

  static func utf16(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test("a zero-byte file: no lines, and the one finding is the missing address")
  func zeroBytes() {
    let document = RDPDocument(bytes: [])
    #expect(document.lines.isEmpty && document.serialized().isEmpty)
    #expect(Self.findings([]).map(\.ruleID) == ["RDP201"])
  }

  @Test("a byte-order mark and nothing else, in UTF-8 and UTF-16LE")
  func byteOrderMarkOnly() {
    for (bytes, encoding) in [([0xEF, 0xBB, 0xBF] as [UInt8], TextEncoding.utf8), ([0xFF, 0xFE], .utf16LittleEndian)] {
      let document = RDPDocument(bytes: bytes)
      #expect(document.encoding.encoding == encoding && document.encoding.hasByteOrderMark)
      #expect(document.serialized() == bytes)
      #expect(Self.findings(bytes).map(\.ruleID).contains("RDP201"))
      #expect(!Self.findings(bytes).map(\.ruleID).contains("RDP616"), "a BOM alone is not binary content")
    }
  }

  @Test("images and programs named .rdp are named as such, and no rewrite touches them")
  func binaryFiles() {
    let samples: [(String, [UInt8])] = [
      ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(0...255)),
      ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)),
    ]
    for (kind, bytes) in samples {
      let binary = Self.findings(bytes).filter { $0.ruleID == "RDP616" }
      #expect(
        binary.map(\.message) == [
          "this is not a connection file: the content looks like \(kind); clients read garbage from it"
        ])
      let outcome = RewritePlan(workarounds: [.disableNLA], fixer: Fixer(allowUnsafe: true), stripSignature: true)
        .apply(to: RDPDocument(bytes: bytes), resolver: StaticResolver())
      #expect(outcome.status == .failed("not a connection file (the content looks like \(kind)); left unchanged"))
      #expect(outcome.serialized == bytes)
    }
  }

  @Test("UTF-16 with an odd number of bytes keeps the stray byte and reports it")
  func oddLengthUTF16() {
    let bytes = [0xFF, 0xFE] + Self.utf16("full address:s:ts.example.com\r\n") + [0x41]
    let document = RDPDocument(bytes: bytes)
    #expect(document.encoding.encoding == .utf16LittleEndian)
    #expect(document.serialized() == bytes)
    #expect(document.effective.connection.host == "ts.example.com")
    let encoding = Self.findings(bytes).filter { $0.ruleID == "RDP608" }
    #expect(encoding.map(\.range.line) == [2])
  }

  @Test("lone surrogates in UTF-16 survive byte for byte and are reported")
  func loneSurrogates() {
    let bytes =
      [0xFF, 0xFE] + Self.utf16("full address:s:ts") + [0x00, 0xD8] + Self.utf16(".example.com\r\nusername:s:a")
      + [0x00, 0xDC] + Self.utf16("\r\n")
    #expect(RDPDocument(bytes: bytes).serialized() == bytes)
    #expect(Self.findings(bytes).filter { $0.ruleID == "RDP608" }.map(\.range.line) == [1, 2])
  }

  @Test("NUL bytes: kept, and the line where FreeRDP stops reading is named")
  func nulBytes() {
    let bytes = Array("full address:s:ts.example.com\nusername:s:al\u{0}ice\nserver port:i:3390\n".utf8)
    let findings = Self.findings(bytes)
    #expect(findings.filter { $0.ruleID == "RDP709" }.map(\.range.line) == [2])
    #expect(!findings.contains { $0.message.unicodeScalars.contains("\u{0}") })
  }

  @Test("a 1 MB single line: read, reported as oversized, and every message stays short")
  func megabyteLine() {
    let bytes = Array("full address:s:".utf8) + [UInt8](repeating: 0x61, count: 1 << 20) + [0x0A]
    let findings = Self.findings(bytes)
    #expect(findings.contains { $0.ruleID == "RDP613" })
    #expect(findings.allSatisfy { $0.message.count < 200 }, "\(findings.map(\.message.count))")
  }

  @Test("a million lines: parsed, linted and fixed in one pass, not one edit at a time")
  func millionLines() throws {
    let bytes = Array(String(repeating: "desktopwidth:i:1920\n", count: 1_000_000).utf8)
    let document = RDPDocument(bytes: bytes)
    #expect(document.lines.count == 1_000_000)
    #expect(document.serialized() == bytes)
    let duplicates = Linter().lint(document).filter { $0.ruleID == "RDP605" }
    #expect(duplicates.count == 1)
    let outcome = Fixer(allowUnsafe: true).fix(document)
    #expect(outcome.failure == nil)
    #expect(outcome.document.serialized() == Array("desktopwidth:i:1920\n".utf8))
  }

  @Test("CR-only line endings are lines, kept as CR")
  func carriageReturnOnly() {
    let bytes = Array("full address:s:ts.example.com\rauthentication level:i:0\r".utf8)
    let document = RDPDocument(bytes: bytes)
    #expect(document.lines.map(\.terminator) == [.cr, .cr])
    #expect(Self.findings(bytes).filter { $0.ruleID == "RDP101" }.map(\.range.line) == [2])
    let fixed = Fixer(allowUnsafe: true).fix(document).document.serialized()
    #expect(fixed == Array("full address:s:ts.example.com\rauthentication level:i:2\r".utf8))
  }

  @Test("ANSI escape sequences and control characters in keys and values are escaped everywhere")
  func controlCharacters() {
    let text =
      "full address:s:\u{1B}[31mts.example.com\u{1B}]0;pwned\u{07}\n\u{1B}[2Jkey\u{08}:s:v\u{9B}1m\nusername:s:\u{202E}nimda\n"
    let bytes = Array(text.utf8)
    // SelfCheck (inside findings) renders lint text, JSON, SARIF, show and the fix diff and
    // fails on any control character that is not a line break.
    let findings = Self.findings(bytes)
    #expect(findings.contains { $0.ruleID == "RDP614" })
    #expect(findings.contains { $0.message.contains("\\u{1B}[31mts.example.com") })
    let shown = DocumentRenderer(path: "a.rdp").text(RDPDocument(bytes: bytes))
    #expect(shown.contains("\\u{1B}[2Jkey\\u{8}"))
    #expect(shown.contains("\\u{202E}nimda"))
  }

  @Test("a key with a Cyrillic look-alike letter is flagged, and fixed only when asked")
  func lookalikeKey() {
    let bytes = Array("full \u{0430}ddress:s:ts.example.com\r\n".utf8)
    let lookalike = Self.findings(bytes).filter { $0.ruleID == "RDP615" }
    #expect(
      lookalike.map(\.message) == [
        "key 'full \u{0430}ddress' looks like 'full address' but contains U+0430, a look-alike letter; clients treat it as an unknown key"
      ])
    #expect(lookalike.first?.fix?.applicability == .unsafe)
    #expect(RDPDocument(bytes: bytes).effective.connection.host == nil, "the look-alike key is not the address")
    let fixed = Fixer(allowUnsafe: true).fix(RDPDocument(bytes: bytes)).document
    #expect(fixed.effective.connection.host == "ts.example.com")
  }

  @Test("random bytes of every shape keep every promise")
  func randomBytes() {
    var generator = DocumentGenerator(random: SeededGenerator(seed: 0xBAD_F11E))
    var broken: [String] = []
    for round in 0..<300 {
      let bytes = round % 2 == 0 ? generator.randomBytes() : generator.document().bytes
      let violations = SelfCheck.violations(of: bytes)
      if !violations.isEmpty, broken.count < 5 { broken.append("round \(round): \(violations) for \(bytes)") }
    }
    #expect(broken == [])
  }
}
