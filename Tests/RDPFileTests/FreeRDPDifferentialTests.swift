import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Agreement with FreeRDP 2.11.7")
struct FreeRDPDifferentialTests {
  static let settingsFile = TestPaths.sharedCorpus.appendingPathComponent("freerdp-2.11.7-settings.jsonl")

  static var hasRecordedSettings: Bool { FileManager.default.fileExists(atPath: settingsFile.path) }

  @Test(
    "every real-world file agrees with FreeRDP's recorded reading, except deliberate differences",
    .enabled(if: hasRecordedSettings, "../shared/corpus/real-world/freerdp-2.11.7-settings.jsonl is absent"))
  func recordedSettings() throws {
    let text = try String(contentsOf: Self.settingsFile, encoding: .utf8)
    var compared = 0
    var deliberate: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let name = try #require(json["file"] as? String)
      if json["crashed"] as? Bool == true { continue }  // FreeRDP aborted; nothing to compare
      let bytes = try TestPaths.bytes(TestPaths.sharedCorpus.appendingPathComponent(name))
      let differences = FreeRDPComparison.compare(RDPDocument(bytes: bytes), with: json)
      for difference in differences {
        if let reason = difference.reason {
          deliberate[reason.rawValue, default: 0] += 1
        } else {
          Issue.record("\(name): \(difference)")
        }
      }
      compared += 1
    }
    #expect(compared >= 80)
    print("compared \(compared) files with FreeRDP; deliberate differences: \(deliberate)")
  }

  @Test(
    "live: FreeRDP's parser reads Corpus/ the same way, except deliberate differences",
    .enabled(if: FreeRDPOracle.path != nil, Comment(rawValue: FreeRDPOracle.absenceReason)))
  func liveCorpus() throws {
    let files = TestPaths.rdpFiles(in: TestPaths.corpus)
    let results = try FreeRDPOracle.settings(for: files)
    #expect(results.count == files.count)
    var compared = 0
    for (file, json) in zip(files, results) {
      if json["crashed"] as? Bool == true || json["parse_ok"] as? Bool == false { continue }
      let differences = FreeRDPComparison.compare(RDPDocument(bytes: try TestPaths.bytes(file)), with: json)
      for difference in differences where difference.reason == nil {
        Issue.record("\(file.lastPathComponent): \(difference)")
      }
      compared += 1
    }
    #expect(compared >= 50)
  }
}
