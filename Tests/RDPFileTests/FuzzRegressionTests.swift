import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// Every input the fuzzer (scripts/fuzz.sh) ever broke a promise with, kept in
/// `FuzzRegressions/` and replayed through the same checks (`SelfCheck`).
@Suite("Fuzzer findings stay fixed")
struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "FuzzRegressions")

  @Test("each saved input keeps every promise")
  func savedInputs() throws {
    let files = TestPaths.rdpFiles(in: Self.folder)
    #expect(files.count >= 2, "FuzzRegressions/ holds the fuzzer's findings")
    for file in files {
      #expect(SelfCheck.violations(of: try TestPaths.bytes(file)) == [], "\(file.lastPathComponent)")
    }
  }

  @Test("every Corpus/ file keeps every promise")
  func corpus() throws {
    for file in TestPaths.rdpFiles(in: TestPaths.corpus) {
      #expect(SelfCheck.violations(of: try TestPaths.bytes(file)) == [], "\(file.lastPathComponent)")
    }
  }
}
