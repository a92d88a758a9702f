import Foundation
import Testing

@testable import RDPFile

/// The findings on the shared real-world corpus, committed as a reviewed snapshot: any change in
/// what the linter reports shows up in review. Regenerate with RDPFILE_UPDATE_SNAPSHOTS=1.
@Suite("Real-world findings snapshot")
struct RealWorldSnapshotTests {
  static let snapshot = TestPaths.packageRoot.appendingPathComponent("Tests/RDPFileTests/Snapshots/real-world-findings.txt")

  static func render() throws -> String {
    var output = ""
    for file in TestPaths.rdpFiles(in: TestPaths.sharedCorpus) {
      let document = RDPDocument(bytes: try TestPaths.bytes(file))
      for diagnostic in Linter().lint(document) {
        let fix = diagnostic.fix.map { " [\($0.applicability.rawValue) fix: \($0.title)]" } ?? ""
        output += "\(file.lastPathComponent):\(diagnostic.range.line):\(diagnostic.range.startColumn): \(diagnostic.severity.rawValue)[\(diagnostic.ruleID)] \(diagnostic.message)\(fix)\n"
      }
    }
    return output
  }

  @Test("lint findings on ../shared/corpus/real-world", .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func findings() throws {
    let current = try Self.render()
    if ProcessInfo.processInfo.environment["RDPFILE_UPDATE_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try current.write(to: Self.snapshot, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.snapshot, encoding: .utf8)
    let currentLines = current.split(separator: "\n")
    let committedLines = committed.split(separator: "\n")
    let added = Set(currentLines).subtracting(committedLines).sorted()
    let removed = Set(committedLines).subtracting(currentLines).sorted()
    #expect(added.isEmpty && removed.isEmpty, "findings changed; review and regenerate with RDPFILE_UPDATE_SNAPSHOTS=1.\nnew:\n\(added.prefix(20).joined(separator: "\n"))\ngone:\n\(removed.prefix(20).joined(separator: "\n"))")
    #expect(currentLines == committedLines)
  }
}
