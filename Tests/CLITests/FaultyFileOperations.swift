#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

@testable import rdpfile_cli

/// File operations that fail on cue, for testing what the writer does when the system does not
/// cooperate. Everything not configured to fail is passed to the real calls.
final class FaultyFileOperations: FileOperations, @unchecked Sendable {
  private let real = PosixFileOperations()
  private let lock = Mutex<Void>(())

  /// Fail `write` with this errno once this many bytes have been written to a temporary file.
  var failWriteAfter: (bytes: Int, errno: Int32)?
  /// Fail `rename` with this errno.
  var failRename: Int32?
  /// Fail `open` with `O_CREAT` (creating the temporary file) with this errno.
  var failCreate: Int32?
  /// Fail every other `open` (reading a file) with this errno.
  var failOpen: Int32?
  /// Fail `fsync` with this errno.
  var failSync: Int32?
  /// Called after the temporary file is flushed, just before the final check and rename, with
  /// the path being replaced: the place to simulate another program saving meanwhile.
  var beforeRename: ((String) -> Void)?

  private var written = 0
  private var temporaries: [Int32: String] = [:]
  private(set) var createdTemporaries: [String] = []

  func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 {
    if flags & O_CREAT != 0 {
      if let failCreate {
        errno = failCreate
        return -1
      }
      let descriptor = real.open(path, flags: flags, mode: mode)
      if descriptor >= 0 {
        lock.withLock { _ in
          temporaries[descriptor] = path
          createdTemporaries.append(path)
        }
      }
      return descriptor
    }
    if let failOpen {
      errno = failOpen
      return -1
    }
    return real.open(path, flags: flags, mode: mode)
  }

  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    real.read(descriptor, into: buffer, at: offset)
  }

  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int {
    if let (limit, code) = failWriteAfter, lock.withLock({ _ in temporaries[descriptor] != nil }) {
      let room = limit - written
      guard room > 0 else {
        errno = code
        return -1
      }
      let count = real.write(descriptor, from: UnsafeRawBufferPointer(rebasing: buffer.prefix(room)))
      written += max(0, count)
      return count
    }
    return real.write(descriptor, from: buffer)
  }

  func fsync(_ descriptor: Int32) -> Int32 {
    let temporary = lock.withLock { _ in temporaries[descriptor] }
    if temporary != nil, let failSync {
      errno = failSync
      return -1
    }
    let result = real.fsync(descriptor)
    if let temporary, let beforeRename {
      let name = temporary.split(separator: "/").last.map(String.init) ?? ""
      let folder = String(temporary.dropLast(name.count))
      let original = name.dropFirst().split(separator: ".rdpfile-").first.map(String.init) ?? ""
      beforeRename(folder + original)
    }
    return result
  }

  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 { real.fchmod(descriptor, mode: mode) }
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 { real.fchown(descriptor, owner: owner, group: group) }
  func close(_ descriptor: Int32) -> Int32 {
    lock.withLock { _ in _ = temporaries.removeValue(forKey: descriptor) }
    return real.close(descriptor)
  }

  func rename(_ from: String, to: String) -> Int32 {
    if let failRename {
      errno = failRename
      return -1
    }
    return real.rename(from, to: to)
  }

  func link(_ from: String, to: String) -> Int32 { real.link(from, to: to) }
  func unlink(_ path: String) -> Int32 { real.unlink(path) }
  func stat(_ path: String) -> stat? { real.stat(path) }
  func fstat(_ descriptor: Int32) -> stat? { real.fstat(descriptor) }
}
