import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// Reads one path named on the command line (or `-` for standard input) into a document, for
/// the commands that look at a single file (`show`, `get`, `doctor`).
struct DocumentLoader {
  var context: CommandContext
  var limit: Int

  init(context: CommandContext, limit: Int = FileReader.defaultLimit) {
    self.context = context
    self.limit = limit
  }

  func load(_ path: String) throws(FileError) -> RDPDocument {
    if path == "-" {
      return RDPDocument(bytes: try context.standardInput(limit: limit))
    }
    let location: FileLocation
    switch PathWalker.locate(PathName(argument: path)) {
    case .success(let found): location = found
    case .failure(let error): throw error
    }
    return RDPDocument(bytes: try FileReader(operations: context.fileOperations, limit: limit).read(location).bytes)
  }

  /// The document, or `nil` after printing the one-line error (the caller exits with 2).
  func loadOrReport(_ path: String) -> RDPDocument? {
    do {
      return try load(path)
    } catch {
      context.error(error.description)
      return nil
    }
  }
}
