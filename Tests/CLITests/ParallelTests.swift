import Foundation
import Synchronization
import Testing

@testable import RDPFile
@testable import rdpfile_cli

@Suite("parallelMap")
struct ParallelTests {
  /// Counts live instances, to show that results are released (a leak here grew a 10,000-file
  /// lint run to 128 MB).
  final class Tracked: Sendable {
    static let live = Atomic<Int>(0)
    let value: Int
    init(_ value: Int) {
      self.value = value
      Self.live.add(1, ordering: .relaxed)
    }
    deinit { Self.live.subtract(1, ordering: .relaxed) }
  }

  @Test(
    "caches the workers share: two threads hammering the verification cache, the resolver cache and SharedState lose nothing (and, under ThreadSanitizer, race on nothing)"
  )
  func sharedCaches() {
    // Many short critical sections on two threads, so that they contend: the case in which
    // `Mutex`'s kernel hand-over made ThreadSanitizer report a race in the verification cache.
    let counter = SharedState(0)
    let cache = VerificationCache()
    let computed = SharedState(0)
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      for round in 0..<5_000 {
        counter.withLock { $0 += 1 }
        let content: [UInt8] = [UInt8(round % 16)]
        let check = cache.check(content: content, cms: [0x30]) {
          computed.withLock { $0 += 1 }
          return .matches
        }
        #expect(check == .matches)
      }
    }
    #expect(counter.withLock { $0 } == 10_000)
    // Each of the 16 distinct questions is computed at least once, and at most once more by
    // the other thread if both asked before either kept the answer.
    #expect((16...32).contains(computed.withLock { $0 }))
  }

  @Test("keeps order, and releases every result")
  func orderAndRelease() {
    do {
      let results = parallelMap(Array(0..<1000), jobs: 4) { Tracked($0 * 2) }
      #expect(results.map(\.value) == (0..<1000).map { $0 * 2 })
      #expect(Tracked.live.load(ordering: .relaxed) == 1000)
    }
    #expect(Tracked.live.load(ordering: .relaxed) == 0)
  }

  @Test("the caller's side job runs once, before the results are returned, with one job or several")
  func alongside() {
    for jobs in [1, 2, 5] {
      var ran = 0
      let results = parallelMap(Array(0..<300), jobs: jobs, alongside: { ran += 1 }, { $0 + 1 })
      #expect(ran == 1)
      #expect(results == Array(1...300))
    }
  }

  @Test("overlapped chunks reach consume in path order, each file once, however the work is spread")
  func overlappedChunksKeepOrder() throws {
    let folder = try TemporaryFolder()
    let names = (0..<53).map { String(format: "f%03d.rdp", $0) }
    for name in names { try folder.write(name, text: "full address:s:\(name)\n") }
    let context = CommandContext.capturing()
    for (jobs, size) in [(1, 7), (3, 7), (2, 53), (4, 1)] {
      var processor = FileProcessor(context: context, walker: PathWalker(), jobs: jobs, maxSize: 1 << 20)
      processor.chunkSize = size
      var seen: [String] = []
      var chunks = 0
      processor.forEachDocument([folder.path]) { path, document in
        (path as NSString).lastPathComponent + "=" + (document.effective.string("full address") ?? "?")
      } failure: { error in
        "failed: \(error.path)"
      } consume: { results in
        chunks += 1
        seen += results
      }
      #expect(seen == names.map { "\($0)=\($0)" }, "jobs \(jobs), chunks of \(size)")
      #expect(chunks == (names.count + size - 1) / size)
    }
  }
}
