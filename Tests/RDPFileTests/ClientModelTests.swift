import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite(
  "Client models against FreeRDP's recorded readings",
  .enabled(if: RecordedReadings.available, "the shared corpus and probe readings are missing"))
struct ClientModelTests {
  @Test("the eight-bytes-at-a-time surrogate-byte test agrees with the byte-by-byte one, at every offset and length")
  func surrogateByteScan() {
    var random = SeededGenerator(seed: 0xD8DF)
    for _ in 0..<2_000 {
      let count = Int.random(in: 0...40, using: &random)
      var bytes = (0..<count).map { _ in UInt8.random(in: 0...0xD7, using: &random) }
      if count > 0, Bool.random(using: &random) {
        bytes[Int.random(in: 0..<count, using: &random)] = UInt8.random(in: 0xD8...0xDF, using: &random)
      }
      if count > 0, Bool.random(using: &random) {
        bytes[Int.random(in: 0..<count, using: &random)] = UInt8.random(in: 0xE0...0xFF, using: &random)
      }
      let start = count > 0 ? Int.random(in: 0..<count, using: &random) : 0
      let slice = bytes[start...]
      #expect(
        FreeRDPFileReader.mayHoldSurrogate(slice) == slice.contains { $0 >= 0xD8 && $0 <= 0xDF }, "\(Array(slice))")
    }
  }

  @Test(
    "the FreeRDP models read what FreeRDP read, on every real-world file and probe case",
    arguments: [Client.freeRDP2, .freeRDP3])
  func freeRDPModels(client: Client) throws {
    let readings = try RecordedReadings.readings(client)
    var unexplained: [String] = []
    for reading in readings {
      let document = RDPDocument(bytes: Array(try Data(contentsOf: reading.file)))
      let model = document.connection(for: client)
      for (field, mine, theirs) in RecordedReadings.differences(model, reading) {
        unexplained.append("\(reading.file.lastPathComponent): \(field): model \(mine), \(client.label) \(theirs)")
      }
    }
    print("\(client.label): \(readings.count) readings, \(unexplained.count) differences")
    for line in unexplained.prefix(80) { print("  " + line) }
    #expect(unexplained.isEmpty)
  }
}

@Suite(
  "The FreeRDP 2 model against FreeRDP 2.11.7 itself",
  .enabled(if: FreeRDPOracle.path != nil, Comment(rawValue: FreeRDPOracle.absenceReason)))
struct LiveClientModelTests {
  @Test("live: the FreeRDP 2 model reads Corpus/ and the real-world files as FreeRDP's own parser does")
  func freeRDP2Live() throws {
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    let results = try FreeRDPOracle.settings(for: files)
    #expect(results.count == files.count)
    var unexplained: [String] = []
    for (file, json) in zip(files, results) {
      let accepted =
        json["parse_ok"] as? Bool == true && json["populate_ok"] as? Bool == true && json["crashed"] as? Bool != true
      // FreeRDP keeps a `/drive:name,path` line as a drive device (type 8), not in DrivesToRedirect.
      let devices = (json["devices"] as? [[String: Any]] ?? []).filter { $0["type"] as? Int == 8 }
      let drives = devices.map { "\($0["name"] as? String ?? ""),\($0["path"] as? String ?? "")" }
      let reading = RecordedReadings.Reading(
        file: file, accepted: accepted, settings: json["settings"] as? [String: Any] ?? [:], driveDevices: drives)
      let model = RDPDocument(bytes: try TestPaths.bytes(file)).connection(for: .freeRDP2)
      for (field, mine, theirs) in RecordedReadings.differences(model, reading) {
        unexplained.append("\(file.lastPathComponent): \(field): model \(mine), FreeRDP \(theirs)")
      }
    }
    print("FreeRDP 2 model, live: \(files.count) files, \(unexplained.count) differences")
    for line in unexplained.prefix(40) { print("  " + line) }
    #expect(unexplained.isEmpty)
  }
}
