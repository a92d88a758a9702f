import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files relative to their open folder, refusing symbolic links, folders, devices,
/// pipes and anything over the size limit. Opening never blocks (a pipe swapped in for a file
/// is refused, not waited on) and reading stops one byte past the limit, however large the
/// file claims to be or grows while it is read.
struct FileReader {
  /// The default size limit: 16 MiB, thousands of times a real `.rdp` file (about 2.5 KB).
  static let defaultLimit = 16 << 20

  var operations: any FileOperations
  var limit: Int

  init(operations: any FileOperations = PosixFileOperations(), limit: Int = FileReader.defaultLimit) {
    self.operations = operations
    self.limit = limit
  }

  /// Reads the file at `location`. With `keepOpen`, the snapshot keeps the descriptor for the
  /// writer, and the caller must close it.
  func read(_ location: FileLocation, keepOpen: Bool = false) throws(FileError) -> FileSnapshot {
    let descriptor = operations.open(
      in: location.directory.descriptor, location.name,
      flags: O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY, mode: 0)
    guard descriptor >= 0 else {
      throw errno == ELOOP
        ? .symbolicLink(path: location.path) : .cannotRead(path: location.path, reason: systemError())
    }
    var closeOnExit = true
    defer { if closeOnExit { _ = operations.close(descriptor) } }
    guard let info = operations.fstat(descriptor) else { throw .cannotRead(path: location.path, reason: systemError()) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: location.path, kind: fileKind(info)) }
    guard Int(info.st_size) <= limit else {
      throw .tooLarge(path: location.path, size: Int(info.st_size), limit: limit)
    }
    let bytes = try read(descriptor: descriptor, path: location.path, expected: Int(info.st_size))
    var snapshot = FileSnapshot(location: location, bytes: bytes, info: info)
    if keepOpen {
      snapshot.descriptor = descriptor
      closeOnExit = false
    }
    return snapshot
  }

  /// Reads an open file from the start, at most `limit` bytes (one more is an error).
  /// `expected` is the size `fstat` gave, used only to size the buffer.
  func read(descriptor: Int32, path: String, expected: Int = 0) throws(FileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        guard filled <= limit else { throw .tooLarge(path: path, size: nil, limit: limit) }
        bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), limit + 1 - bytes.count)))
      }
      let count = bytes.withUnsafeMutableBytes { raw in
        operations.read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), at: filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, reason: systemError())
      }
      if count == 0 { break }
      filled += count
    }
    guard filled <= limit else { throw .tooLarge(path: path, size: nil, limit: limit) }
    bytes.removeSubrange(filled...)
    return bytes
  }
}

extension FileReader {
  /// Reads a file named by a path, as options such as `--hosts` and `--cert` name them.
  func read(path: String) throws(FileError) -> FileSnapshot {
    switch PathWalker.locate(PathName(argument: path)) {
    case .success(let location): return try read(location)
    case .failure(let error): throw error
    }
  }
}
