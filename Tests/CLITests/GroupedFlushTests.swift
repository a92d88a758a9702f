import Foundation
import Testing

@testable import rdpfile_cli

#if canImport(Glibc)
  import Glibc
#endif

/// Durable writes with grouped flushes: the order of the writer's steps, seen through the I/O
/// seam, keeps the promises of one flush per file (see BatchCommit).
@Suite("Grouped flushes in batch writes")
struct GroupedFlushTests {
  static let weak = "full address:s:ts.example.com\nauthentication level:i:0\n"

  /// A folder of `count` files in two subfolders, fixed with the traced operations.
  static func fixFolder(
    count: Int, configure: (FaultyFileOperations) -> Void = { _ in }, extra: [String] = []
  ) throws -> (folder: TemporaryFolder, operations: FaultyFileOperations, result: RunResult) {
    let folder = try TemporaryFolder()
    for index in 0..<count { _ = try folder.write("team\(index % 2)/f\(index).rdp", text: weak) }
    let operations = FaultyFileOperations()
    configure(operations)
    let result = runTool(["fix", "--auth-level", "2"] + extra + [folder.path], fileOperations: operations)
    return (folder, operations, result)
  }

  @Test(
    "every new file is written before the one flush of its file system, every exchange comes after it, each folder is flushed once after its last exchange"
  )
  func order() throws {
    let (folder, operations, result) = try Self.fixFolder(count: 40)
    #expect(result.exitCode == .success, "\(result.errors)")
    let trace = operations.trace
    let syncs = trace.indices.filter { trace[$0] == "syncfs" }
    let exchanges = trace.indices.filter { trace[$0].hasPrefix("exchange ") }
    let writes = trace.indices.filter { trace[$0].hasPrefix("write ") }
    let folderFlushes = trace.indices.filter { trace[$0] == "fsync folder" }
    #expect(exchanges.count == 40)
    #expect(syncs.count == 1, "one flush for the batch, not one per file: \(syncs.count)")
    #expect(!trace.contains { $0.hasPrefix("fsync .rdpfile-") }, "no per-file flush")
    #expect(writes.allSatisfy { $0 < syncs[0] } && exchanges.allSatisfy { $0 > syncs[0] })
    // Each exchanged new file was written before the flush.
    for index in exchanges {
      let name = trace[index].split(separator: " ")[1]
      #expect(trace[..<syncs[0]].contains("write \(name)"), "\(name) was exchanged without being flushed")
    }
    #expect(folderFlushes.count == 2, "one flush per folder: \(folderFlushes.count)")
    #expect(folderFlushes.allSatisfy { $0 > exchanges.max()! })
    // A clean exit leaves no temporary file, and every file was fixed.
    let listing = try folder.listing()
    #expect(!listing.contains { $0.contains(".rdpfile-") }, "\(listing)")
    for index in 0..<40 {
      #expect(
        try folder.bytes("team\(index % 2)/f\(index).rdp")
          == Array(Self.weak.replacingOccurrences(of: ":0\n", with: ":2\n").utf8))
    }
  }

  @Test("a failed flush of the file system swaps nothing in: every original stays, no temporary file is left")
  func failedFlush() throws {
    let (folder, operations, result) = try Self.fixFolder(count: 10) { $0.failSync = EIO }
    #expect(result.exitCode == .failure)
    #expect(result.errors.components(separatedBy: "cannot write: Input/output error").count - 1 == 10)
    #expect(!operations.trace.contains { $0.hasPrefix("exchange ") })
    for index in 0..<10 { #expect(try folder.bytes("team\(index % 2)/f\(index).rdp") == Array(Self.weak.utf8)) }
    #expect(!(try folder.listing()).contains { $0.contains(".rdpfile-") })
  }

  @Test("without syncfs each new file is flushed on its own, still before its exchange")
  func withoutSyncFileSystem() throws {
    let (_, operations, result) = try Self.fixFolder(count: 6) { $0.noSyncFileSystem = true }
    #expect(result.exitCode == .success, "\(result.errors)")
    let trace = operations.trace
    for index in trace.indices where trace[index].hasPrefix("exchange ") {
      let name = trace[index].split(separator: " ")[1]
      let flushed = try #require(trace.firstIndex(of: "fsync \(name)"), "\(name) not flushed")
      #expect(flushed < index)
    }
  }

  @Test("--no-sync flushes nothing, and a batch larger than one chunk is committed chunk by chunk")
  func noSyncAndChunks() throws {
    let (folder, operations, result) = try Self.fixFolder(count: 300, extra: ["--no-sync"])
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(!operations.trace.contains { $0 == "syncfs" || $0.hasPrefix("fsync") })
    #expect(!(try folder.listing()).contains { $0.contains(".rdpfile-") })
    let synced = try Self.fixFolder(count: 300)
    #expect(synced.result.exitCode == .success)
    #expect(
      synced.operations.trace.filter { $0 == "syncfs" }.count == 2, "256 files per chunk: two chunks, two flushes")
  }
}
