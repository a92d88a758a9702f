import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// The built binary on whole folders: interrupted runs and concurrent runs never leave a file
/// half-written or a temporary file behind.
@Suite(
  "Batch safety of the rdpfile binary", .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built")
)
struct BatchSafetyTests {
  static let original = RDPDocument(
    text:
      "screen mode id:i:2\r\nfull address:s:ts.example.com\r\nauthentication level:i:0\r\nusername:s:CORP\\alice\r\n",
    encoding: .utf16LittleEndian, byteOrderMark: true
  ).serialized()
  static let fixed = RDPDocument(
    text:
      "screen mode id:i:2\r\nfull address:s:ts.example.com\r\nauthentication level:i:2\r\nusername:s:CORP\\alice\r\n",
    encoding: .utf16LittleEndian, byteOrderMark: true
  ).serialized()

  func makeFolder(files: Int) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for index in 0..<files {
      try folder.write(String(format: "share/%02d/conn-%04d.rdp", index % 10, index), Self.original)
    }
    return folder
  }

  /// Every file is either the original or the fully fixed bytes, and nothing else is in the folder.
  func verify(_ folder: TemporaryFolder, files: Int) throws -> (old: Int, new: Int) {
    var old = 0
    var new = 0
    let listing = try folder.listing().filter { !$0.hasSuffix("/") && $0.hasSuffix(".rdp") || $0.contains(".tmp") }
    #expect(
      listing.filter { $0.contains(".tmp") }.isEmpty, "temporary files left: \(listing.filter { $0.contains(".tmp") })")
    #expect(listing.count == files)
    for name in listing where name.hasSuffix(".rdp") {
      let bytes = try folder.bytes(name)
      if bytes == Self.original {
        old += 1
      } else if bytes == Self.fixed {
        new += 1
      } else {
        Issue.record("\(name) is neither old nor new: \(bytes.count) bytes")
      }
    }
    return (old, new)
  }

  @Test(
    "SIGTERM and SIGINT part-way through: every file old or new, no temporary files, exit 2",
    arguments: [SIGTERM, SIGINT])
  func interrupted(signalNumber: Int32) throws {
    let folder = try makeFolder(files: 60)
    let process = Process()
    process.executableURL = try builtExecutable()
    process.arguments = ["fix", "--auth-level", "2", "--jobs", "2", folder.path + "/share"]
    process.environment = ["RDPFILE_TEST_RENAME_DELAY_MS": "20", "PATH": "/usr/bin:/bin"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    usleep(250_000)
    kill(process.processIdentifier, signalNumber)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(stderr.contains("interrupted by signal \(signalNumber)"))
    let (old, new) = try verify(folder, files: 60)
    #expect(old > 0 && new > 0, "the signal should land mid-run (old \(old), new \(new))")
  }

  @Test("two fix runs on the same folder at once")
  func concurrentRuns() throws {
    let folder = try makeFolder(files: 300)
    let runs = try (0..<2).map { _ in
      let process = Process()
      process.executableURL = try builtExecutable()
      process.arguments = ["fix", "--auth-level", "2", folder.path + "/share"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    for run in runs { run.waitUntilExit() }
    // The second run to reach a file finds the work done: no false "changed on disk".
    for run in runs { #expect(run.terminationStatus == 0) }
    let (old, new) = try verify(folder, files: 300)
    #expect(old == 0 && new == 300)
    let again = try runBinary(["fix", "--auth-level", "2", "--check", folder.path + "/share"])
    #expect(again.status == 0, "a third run finds nothing left to do")
  }

  @Test("fix racing an editor that keeps saving the same file")
  func editorRace() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("conn.rdp", Self.original)
    let editorVersion = Array("full address:s:editor.example.com\nauthentication level:i:0\n".utf8)
    let folderURL = folder.url
    let editor = Thread {
      for _ in 0..<200 {
        let temporary = folderURL.appendingPathComponent(".editor-save")
        try? Data(editorVersion).write(to: temporary)
        _ = rename(temporary.path, path)
      }
    }
    editor.start()
    for _ in 0..<10 { _ = try runBinary(["fix", "--auth-level", "2", path]) }
    while editor.isExecuting { usleep(1000) }
    let bytes = try folder.bytes("conn.rdp")
    let valid = [
      Self.original, Self.fixed, editorVersion,
      Array("full address:s:editor.example.com\nauthentication level:i:2\n".utf8),
    ]
    #expect(valid.contains(bytes), "the file is one whole version: \(bytes.count) bytes")
    #expect(try folder.listing().filter { $0.contains("rdpfile") }.isEmpty)
  }
}
