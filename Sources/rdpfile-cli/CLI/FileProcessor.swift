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

  func forEach<Result: Sendable>(
    _ paths: [String], _ work: @escaping @Sendable (PathWalker.Entry) -> Result, consume: ([Result]) -> Void
  ) {
    var iterator = walker.entries(paths)
    var chunk: [PathWalker.Entry] = []
    chunk.reserveCapacity(chunkSize)
    while true {
      chunk.removeAll(keepingCapacity: true)
      while chunk.count < chunkSize, let entry = iterator.next() { chunk.append(entry) }
      guard !chunk.isEmpty else { return }
      consume(parallelMap(chunk, jobs: jobs, work))
    }
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
      paths,
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
