#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// Reads whole files, refusing directories, devices and anything over the size limit.
struct FileReader {
  /// The default size limit: 16 MiB, thousands of times a real `.rdp` file (about 2.5 KB).
  static let defaultLimit = 16 << 20

  var operations: any FileOperations
  var limit: Int

  init(operations: any FileOperations, limit: Int = FileReader.defaultLimit) {
    self.operations = operations
    self.limit = limit
  }

  /// Reads `path`. With `keepOpen`, the snapshot keeps the descriptor for the writer, and the
  /// caller must close it.
  func read(_ path: String, keepOpen: Bool = false) throws(RDPFileError) -> FileSnapshot {
    let descriptor = operations.open(path, flags: O_RDONLY | O_CLOEXEC | O_NONBLOCK, mode: 0)
    guard descriptor >= 0 else { throw .cannotRead(path: path, reason: systemError()) }
    var closeOnExit = true
    defer { if closeOnExit { _ = operations.close(descriptor) } }
    guard let info = operations.fstat(descriptor) else {
      throw .cannotRead(path: path, reason: systemError())
    }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
    let size = Int(info.st_size)
    guard size <= limit else { throw .fileTooLarge(path: path, size: size, limit: limit) }
    var snapshot = FileSnapshot(path: path, bytes: try read(descriptor: descriptor, path: path, expected: size), info: info)
    if keepOpen {
      snapshot.descriptor = descriptor
      closeOnExit = false
    }
    return snapshot
  }

  /// Reads an open file from the start. `expected` is the size `fstat` gave: reading stops there
  /// (a file that grows meanwhile is caught by the writer's checks) unless it turns out shorter.
  func read(descriptor: Int32, path: String, expected: Int? = nil) throws(RDPFileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: expected ?? 4096)
    var filled = 0
    while true {
      if filled == bytes.count {
        if let expected, filled == expected { break }
        guard bytes.count <= limit else { throw .fileTooLarge(path: path, size: bytes.count, limit: limit) }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count)))
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
    guard filled <= limit else { throw .fileTooLarge(path: path, size: filled, limit: limit) }
    bytes.removeSubrange(filled...)
    return bytes
  }
}
