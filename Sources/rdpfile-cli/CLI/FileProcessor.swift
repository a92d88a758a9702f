import RDPFile

/// Runs a per-file job over the files named on the command line: walked lazily, processed in
/// parallel a chunk at a time, and handed to `consume` in path order, so that output streams and
/// memory stays flat however many files there are.
struct FileProcessor {
  var context: CommandContext
  var walker: PathWalker
  var jobs: Int
  var maxSize: Int
  /// Files per parallel chunk.
  var chunkSize = 256

  /// Runs `work` on every entry the walker finds, a chunk at a time on `jobs` threads, and
  /// hands each chunk's results to `consume` in path order.
  ///
  /// With `overlapping`, a chunk is mapped while the one before it is consumed and the next
  /// one is walked (for jobs that only read: a writer's chunk is committed before the next
  /// chunk reads anything, so a file listed twice is read after its first rewrite).
  func forEach<Result: Sendable>(
    _ paths: [String], overlapping: Bool = false, _ work: @escaping @Sendable (PathWalker.Entry) -> Result,
    consume: ([Result]) -> Void
  ) {
    var iterator = walker.entries(paths)
    let size = chunkSize
    func walk() -> [PathWalker.Entry] {
      var chunk: [PathWalker.Entry] = []
      chunk.reserveCapacity(size)
      while chunk.count < size, let entry = iterator.next() { chunk.append(entry) }
      return chunk
    }
    var chunk = walk()
    var pending: [Result]?
    while !chunk.isEmpty {
      guard overlapping else {
        consume(parallelMap(chunk, jobs: jobs, work))
        chunk = walk()
        continue
      }
      var following: [PathWalker.Entry] = []
      let results = parallelMap(
        chunk, jobs: jobs,
        alongside: {
          if let pending { consume(pending) }
          following = walk()
        }, work)
      pending = results
      chunk = following
    }
    if let pending { consume(pending) }
  }

  /// Reads and parses each file (or standard input) and runs `work` on the document.
  func forEachDocument<Result: Sendable>(
    _ paths: [String], _ work: @escaping @Sendable (String, RDPDocument) -> Result,
    failure: @escaping @Sendable (FileError) -> Result, consume: ([Result]) -> Void
  ) {
    let reader = FileReader(operations: context.fileOperations, limit: maxSize)
    let context = context
    let limit = maxSize
    let standardInput: Swift.Result<[UInt8], FileError>? =
      paths.contains("-") ? Swift.Result { () throws(FileError) in try context.standardInput(limit: limit) } : nil
    let budget = MemoryBudget.shared
    forEach(
      paths, overlapping: true,
      { entry -> Result in
        switch entry {
        case .standardInput:
          switch standardInput ?? .success([]) {
          case .success(let bytes): return budget.whileHolding(bytes.count) { work("-", RDPDocument(bytes: bytes)) }
          case .failure(let error): return failure(error)
          }
        case .failure(let error):
          return failure(error)
        case .file(let location):
          do throws(FileError) {
            let snapshot = try reader.read(location)
            return budget.whileHolding(snapshot.bytes.count) { work(location.path, RDPDocument(bytes: snapshot.bytes)) }
          } catch {
            return failure(error)
          }
        }
      }, consume: consume)
  }
}
