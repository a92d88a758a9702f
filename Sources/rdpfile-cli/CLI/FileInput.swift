#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// Loads a file named on the command line: `-` is standard input; a symbolic link is followed to
/// the file it names, so that rewriting keeps the link.
struct FileInput {
  var reader: FileReader

  init(context: CommandContext, limit: Int = FileReader.defaultLimit) {
    reader = FileReader(operations: context.fileOperations, limit: limit)
  }

  init(reader: FileReader) {
    self.reader = reader
  }

  /// Reads `path`, resolving symbolic links first.
  func read(_ path: String, keepOpen: Bool = false) throws(RDPFileError) -> FileSnapshot {
    do {
      return try reader.read(Self.resolved(path), keepOpen: keepOpen)
    } catch {
      throw error.naming(path)
    }
  }

  /// The real path behind `path` when its last component is a symbolic link (the file it names
  /// is rewritten, not the link), or `path` itself.
  static func resolved(_ path: String) -> String {
    guard let info = linkStatusOf(path: path), info.st_mode & S_IFMT == S_IFLNK, let real = realpath(path, nil) else {
      return path
    }
    defer { free(real) }
    return String(cString: real)
  }
}
