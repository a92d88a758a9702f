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

  func read(_ path: String) throws(RDPFileError) -> FileSnapshot {
    let descriptor = operations.open(path, flags: O_RDONLY | O_CLOEXEC | O_NONBLOCK, mode: 0)
    guard descriptor >= 0 else { throw .cannotRead(path: path, reason: systemError()) }
    defer { _ = operations.close(descriptor) }
    guard let info = operations.fstat(descriptor) else {
      throw .cannotRead(path: path, reason: systemError())
    }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
    let size = Int(info.st_size)
    guard size <= limit else { throw .fileTooLarge(path: path, size: size, limit: limit) }
    // One byte past the limit is enough to tell that a growing file went over it.
    let cap = limit == Int.max ? limit : limit + 1
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while true {
      if filled == bytes.count {
        // The file may have grown since fstat; read on until end of file, within the cap.
        guard bytes.count < cap else { break }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: min(max(4096, bytes.count), cap - bytes.count)))
      }
      let count = bytes.withUnsafeMutableBytes { raw in
        operations.read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
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
    return FileSnapshot(path: path, bytes: bytes, info: info)
  }
}
