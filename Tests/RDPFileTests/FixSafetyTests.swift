import Foundation
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
    if RecordedReadings.available { files += TestPaths.rdpFiles(in: RecordedReadings.probeFolder.appendingPathComponent("cases")) }
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
        if let change = FixSafety.change(of: fix.edits, in: document, before: before) {
          broken.append("\(file.lastPathComponent):\(diagnostic.range.line) \(diagnostic.ruleID) '\(fix.title)': \(change)")
        }
      }
    }
    print("safe fixes checked: \(checked) on \(files.count) files; \(broken.count) change a connection")
    for line in broken.prefix(60) { print("  " + line) }
    #expect(broken.isEmpty)
    #expect(checked >= 30, "the corpora carry enough safe fixes for this to mean something")
  }
}
