import RDPFile

/// Runs a per-file job over expanded paths in parallel, returning results in path order.
struct FileProcessor {
  var context: CommandContext
  var walker: PathWalker
  var jobs: Int
  var maxSize: Int

  func process<Result: Sendable>(
    _ paths: [String], _ work: @escaping @Sendable (String, RDPDocument) -> Result,
    failure: @escaping @Sendable (String, RDPFileError) -> Result
  ) -> [Result] {
    let entries = walker.expand(paths)
    let operations = context.fileOperations
    let limit = maxSize
    let standardInput: [UInt8]? = entries.contains(.standardInput) ? context.readStandardInput() : nil
    return parallelMap(entries, jobs: jobs) { entry -> Result in
      switch entry {
      case .standardInput:
        let bytes = standardInput ?? []
        guard bytes.count <= limit else { return failure("-", .fileTooLarge(path: "<stdin>", size: bytes.count, limit: limit)) }
        return work("-", RDPDocument(bytes: bytes))
      case .failure(let path, let error):
        return failure(path, error)
      case .file(let path):
        do throws(RDPFileError) {
          let snapshot = try FileReader(operations: operations, limit: limit).read(path)
          return work(path, RDPDocument(bytes: snapshot.bytes))
        } catch {
          return failure(path, error)
        }
      }
    }
  }
}
