import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// "Safe" means nothing changes for any client: every fix a rule labels safe, applied on its
/// own to every file of every corpus, leaves what mstsc, FreeRDP 2.11 and FreeRDP 3.30 connect
/// with exactly as it was.
@Suite("Safe fixes change no client's connection")
struct FixSafetyTests {
  static func files() -> [URL] {
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    if RecordedReadings.available {
      files += TestPaths.rdpFiles(in: RecordedReadings.probeFolder.appendingPathComponent("cases"))
    }
    return files
  }

  @Test("every safe fix, alone, on every file of Corpus/, the real-world corpus and the FreeRDP probe cases")
  func safeFixesKeepConnections() throws {
    let files = Self.files()
    var checked = 0
    var broken: [String] = []
    for file in files {
      let document = RDPDocument(bytes: try TestPaths.bytes(file))
      let before = document.connections
      for diagnostic in Linter().lint(document) {
        guard let fix = diagnostic.fix, fix.applicability == .safe else { continue }
        checked += 1
        if let change = FixSafety.change(from: before, to: try document.applying(fix.edits).connections) {
          broken.append(
            "\(file.lastPathComponent):\(diagnostic.range.line) \(diagnostic.ruleID) '\(fix.title)': \(change)")
        }
      }
    }
    print("safe fixes checked: \(checked) on \(files.count) files; \(broken.count) change a connection")
    for line in broken.prefix(60) { print("  " + line) }
    #expect(broken.isEmpty)
    #expect(checked >= 30, "the corpora carry enough safe fixes for this to mean something")
  }

  @Test(
    "checks are bounded per document: a huge file's fixes are never called safe unchecked, a real one is checked in full"
  )
  func boundedChecks() throws {
    // Regression: 8 million one-character lines made lint check each of 50 findings against
    // the three models over the whole file, and the memory test never finished.
    let lines = FixSafety.lineBudget
    let huge = RDPDocument(text: "full address:s:h.example.com\n" + String(repeating: "a\n", count: lines))
    let hugeSafety = FixSafety(document: huge)
    #expect(hugeSafety.change(of: [.deleteLine(1)]) == FixSafety.unchecked)
    let findings = Linter(selection: RuleSelection(select: ["RDP702"])).lint(huge)
    #expect(!findings.isEmpty)
    for finding in findings {
      let fix = try #require(finding.fix)
      #expect(fix.applicability == .unsafe)
      #expect(fix.title.contains(FixSafety.unchecked))
    }
    // A file of realistic size: every one of a thousand checks runs, and each says what it found.
    let small = RDPDocument(text: "full address:s:h.example.com\n" + String(repeating: "a\n", count: 100))
    let smallSafety = FixSafety(document: small)
    for _ in 0..<1000 { #expect(smallSafety.change(of: [.deleteLine(1)]) == nil) }
    #expect(
      smallSafety.change(of: [.deleteLine(0)])?.contains("mstsc") == true,
      "removing the address changes where mstsc connects")
  }
}
