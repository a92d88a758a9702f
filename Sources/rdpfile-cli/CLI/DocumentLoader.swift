import RDPFile

/// Reads a path (or `-` for standard input) into a document.
struct DocumentLoader {
  var context: CommandContext
  var limit: Int

  init(context: CommandContext, limit: Int = FileReader.defaultLimit) {
    self.context = context
    self.limit = limit
  }

  func load(_ path: String) throws(RDPFileError) -> RDPDocument {
    if path == "-" {
      return RDPDocument(bytes: try context.standardInput(limit: limit))
    }
    return RDPDocument(bytes: try FileInput(context: context, limit: limit).read(path).bytes)
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
