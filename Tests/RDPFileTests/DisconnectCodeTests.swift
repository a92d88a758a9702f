import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Disconnect codes")
struct DisconnectCodeTests {
  @Test("every code the rules and the doctor mention can be explained")
  func everyMentionedCodeExplained() throws {
    // Rules, and the doctor's findings (its TLS reader holds protocol constants, not codes).
    let folders = ["Sources/RDPFile/Lint/Rules", "Sources/RDPFile/Doctor"]
    var mentioned = Set<String>()
    for folder in folders {
      let url = TestPaths.packageRoot.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
        if folder.hasSuffix("Doctor"), !name.hasPrefix("ConnectionDoctor") { continue }
        let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        // Codes in prose: 0x followed by three or more hex digits (byte constants have two).
        for line in text.split(separator: "\n") where line.contains("\"") || line.contains("\\") {
          var rest = Substring(line)
          while let range = rest.range(of: "0x") {
            let digits = rest[range.upperBound...].prefix { $0.isHexDigit }
            // A hex value in an example (`desktopwidth:i:0x780`, `0x780` in backticks) is not a code.
            let before = rest[..<range.lowerBound]
            if digits.count >= 3, !before.hasSuffix(":i:"), !before.hasSuffix("`") {
              mentioned.insert("0x" + digits.uppercased())
            }
            rest = rest[range.upperBound...]
          }
        }
      }
    }
    #expect(mentioned.count >= 10, "codes found: \(mentioned.sorted())")
    for code in mentioned.sorted() {
      #expect(
        DisconnectCode.named(code) != nil, "\(code) is mentioned but 'rdpfile explain \(code)' knows nothing of it")
    }
  }

  @Test("codes are found however they are written")
  func spellings() {
    #expect(DisconnectCode.named("0x904")?.value == 0x904)
    #expect(DisconnectCode.named("904")?.value == 0x904)
    #expect(DisconnectCode.named("2308")?.value == 0x904, "decimal, as some tools print it")
    #expect(DisconnectCode.named("516")?.value == 0x204)
    #expect(DisconnectCode.named("extended 0x7")?.isExtended == true)
    #expect(DisconnectCode.named("0x7")?.isExtended == true, "no main code is that small")
    #expect(DisconnectCode.named("0xB09")?.value == 0xB09)
    #expect(DisconnectCode.named("0x12345") == nil)
    #expect(DisconnectCode.named("0x904")?.text.contains("not a certificate error") == true)
  }
}
