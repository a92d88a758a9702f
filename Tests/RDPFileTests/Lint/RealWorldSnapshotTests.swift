import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// The findings on the shared real-world corpus, committed as a reviewed snapshot: any change in
/// what the linter reports shows up in review. Regenerate with RDPFILE_UPDATE_SNAPSHOTS=1.
@Suite("Real-world findings snapshot")
struct RealWorldSnapshotTests {
  static func render() throws -> String {
    var output = ""
    for file in TestPaths.rdpFiles(in: TestPaths.sharedCorpus) {
      let document = RDPDocument(bytes: try TestPaths.bytes(file))
      for diagnostic in Linter().lint(document) {
        let fix = diagnostic.fix.map { " [\($0.applicability.rawValue) fix: \($0.title)]" } ?? ""
        output +=
          "\(file.lastPathComponent):\(diagnostic.range.line):\(diagnostic.range.startColumn): \(diagnostic.severity.rawValue)[\(diagnostic.ruleID)] \(diagnostic.message)\(fix)\n"
      }
    }
    return output
  }

  @Test(
    "lint findings on ../shared/corpus/real-world",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func findings() throws {
    try Snapshot("real-world-findings.txt").expectMatches(try Self.render())
  }
}
