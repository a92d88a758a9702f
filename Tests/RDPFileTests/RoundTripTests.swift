import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Round trip: serialize(parse(b)) == b")
struct RoundTripTests {
  @Test("every file in Corpus/")
  func projectCorpus() throws {
    let files = TestPaths.rdpFiles(in: TestPaths.corpus)
    #expect(files.count >= 30, "Corpus/ should hold the generated files")
    for file in files {
      let bytes = try TestPaths.bytes(file)
      #expect(RDPDocument(bytes: bytes).serialized() == bytes, "\(file.lastPathComponent)")
    }
  }

  @Test(
    "every file in the shared real-world corpus",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func realWorldCorpus() throws {
    let files = TestPaths.rdpFiles(in: TestPaths.sharedCorpus)
    #expect(files.count >= 80)
    for file in files {
      let bytes = try TestPaths.bytes(file)
      #expect(RDPDocument(bytes: bytes).serialized() == bytes, "\(file.lastPathComponent)")
    }
  }

  @Test("10,000 generated documents, including random bytes")
  func generated() {
    var generator = DocumentGenerator(random: SeededGenerator(seed: 0x5EED_2026))
    var failures = 0
    for round in 0..<10_000 {
      let bytes = round % 5 == 4 ? generator.randomBytes() : generator.document().bytes
      if RDPDocument(bytes: bytes).serialized() != bytes {
        failures += 1
        if failures < 5 { Issue.record("round \(round) failed: \(bytes)") }
      }
    }
    #expect(failures == 0)
  }

  @Test(
    "edge cases",
    arguments: [
      [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x61], [0xFF, 0xFE, 0x00, 0xD8],
      [0xFF, 0xFE, 0x00, 0xDC, 0x0A, 0x00], [0xC3, 0x28, 0x0A], [0x00], [0x00, 0x00, 0x0A],
      Array("a\r\rb\r\n\nc".utf8), Array("\r".utf8), Array("\n\n\n".utf8), Array(" k : s : v ".utf8),
      Array(repeating: UInt8(ascii: "x"), count: 200_000) + [0x0A],
    ] as [[UInt8]])
  func edgeCases(bytes: [UInt8]) {
    #expect(RDPDocument(bytes: bytes).serialized() == bytes)
  }
}
