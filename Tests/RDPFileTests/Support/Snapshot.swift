import Foundation
import TestSupport
import Testing

/// A committed, reviewed text snapshot under `Tests/RDPFileTests/Snapshots`: any change in what
/// it records shows up in review. Regenerate with RDPFILE_UPDATE_SNAPSHOTS=1.
struct Snapshot {
  let file: URL

  init(_ name: String) {
    file = TestPaths.packageRoot.appendingPathComponent("Tests/RDPFileTests/Snapshots/\(name)")
  }

  /// Expects `current` to equal the committed snapshot line for line (rewriting it first when
  /// RDPFILE_UPDATE_SNAPSHOTS=1), naming the lines that appeared and disappeared.
  func expectMatches(_ current: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["RDPFILE_UPDATE_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try current.write(to: file, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: file, encoding: .utf8)
    let currentLines = current.split(separator: "\n")
    let committedLines = committed.split(separator: "\n")
    let added = Set(currentLines).subtracting(committedLines).sorted()
    let removed = Set(committedLines).subtracting(currentLines).sorted()
    #expect(
      added.isEmpty && removed.isEmpty,
      """
      \(file.lastPathComponent) changed; review and regenerate with RDPFILE_UPDATE_SNAPSHOTS=1.
      new:
      \(added.prefix(20).joined(separator: "\n"))
      gone:
      \(removed.prefix(20).joined(separator: "\n"))
      """, sourceLocation: sourceLocation)
    #expect(currentLines == committedLines, sourceLocation: sourceLocation)
  }
}
