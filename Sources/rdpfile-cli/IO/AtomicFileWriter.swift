#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// Replaces a file's bytes so that readers only ever see the old file or the new one.
///
/// The new bytes go to a temporary file in the same folder (created exclusively, with the
/// original's permission bits and, where allowed, owner), which is flushed to disk and then
/// renamed over the original. Just before the rename the original is checked
/// against the snapshot taken when it was read (inode, size, modification time and bytes); if
/// anything changed, the temporary file is removed and the original is left alone. Files without
/// any write permission are refused, although a rename could replace them. The folder is
/// flushed after the rename so the new name survives a crash. On every failure path the
/// temporary file is removed.
struct AtomicFileWriter {
  var operations: any FileOperations
  /// Whether to flush the new file and its folder to disk (off with `fix --no-sync`).
  var sync = true

  init(operations: any FileOperations, sync: Bool = true) {
    self.operations = operations
    self.sync = sync
  }

  /// Writes `bytes` over the file `snapshot` was read from. With `backupSuffix`, the original
  /// bytes are first kept as `path + suffix` (written the same atomic way).
  func replace(_ snapshot: FileSnapshot, with bytes: [UInt8], backupSuffix: String? = nil) throws(RDPFileError) {
    let path = snapshot.path
    // A file nobody may write is a statement; the rename would get past it, so honour it here.
    guard snapshot.mode & 0o222 != 0 else { throw .readOnly(path: path) }
    // Two rdpfile runs on one file take turns here: the lock is on the original's inode, and
    // whoever comes second finds the file replaced (a new inode) and leaves it alone.
    // The snapshot's own descriptor, when the reader kept it, names the inode that was read.
    let lock = snapshot.descriptor ?? operations.open(path, flags: O_RDONLY | O_CLOEXEC, mode: 0)
    guard lock >= 0 else { throw .changedOnDisk(path: path) }
    defer { if snapshot.descriptor == nil { _ = operations.close(lock) } }
    while flock(lock, LOCK_EX) != 0, errno == EINTR {}
    // Under the lock: still the bytes that were read (another run may have written the inode,
    // or replaced the path, which the check before the rename catches).
    guard let reread = try? FileReader(operations: operations, limit: Int.max).read(descriptor: lock, path: path),
      reread == snapshot.bytes
    else { throw .changedOnDisk(path: path) }
    if let backupSuffix {
      try write(snapshot.bytes, to: path + backupSuffix, like: snapshot)
    }
    try write(bytes, to: path, like: snapshot) { () throws(RDPFileError) in
      // Last look before the rename: a concurrent editor may have saved meanwhile.
      guard let latest = operations.stat(path), snapshot.matches(latest) else {
        throw .changedOnDisk(path: path)
      }
    }
  }

  /// Writes `bytes` to `path` through a temporary file, with `snapshot`'s permissions.
  private func write(
    _ bytes: [UInt8], to path: String, like snapshot: FileSnapshot,
    beforeRename check: () throws(RDPFileError) -> Void = {}
  ) throws(RDPFileError) {
    let (folder, name) = Self.split(path)
    let permissions = snapshot.mode & 0o7777
    var temporary = ""
    var descriptor: Int32 = -1
    repeat {
      temporary = "\(folder)/.\(name).rdpfile-\(ProcessFacts.id)-\(ProcessFacts.nextNumber()).tmp"
      descriptor = operations.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: permissions)
    } while descriptor < 0 && errno == EEXIST
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemError()) }
    var closed = false
    do throws(RDPFileError) {
      let failure: Int32? = bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = operations.write(descriptor, from: UnsafeRawBufferPointer(rebasing: raw[offset...]))
          if written < 0, errno == EINTR { continue }
          guard written > 0 else { return written == 0 ? EIO : errno }
          offset += written
        }
        return nil
      }
      if let failure { throw .cannotWrite(path: path, reason: systemError(failure)) }
      if snapshot.owner != ProcessFacts.user || snapshot.group != ProcessFacts.group {
        _ = operations.fchown(descriptor, owner: snapshot.owner, group: snapshot.group)
      }
      // open() applied the umask; set the bits exactly when it took some away.
      if permissions & ProcessFacts.umask != 0 || permissions & 0o7000 != 0 {
        guard operations.fchmod(descriptor, mode: permissions) == 0 else { throw .cannotWrite(path: path, reason: systemError()) }
      }
      guard !sync || operations.fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: systemError()) }
      closed = true
      guard operations.close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: systemError()) }
      try check()
      guard operations.rename(temporary, to: path) == 0 else {
        throw .cannotWrite(path: path, reason: systemError())
      }
    } catch {
      if !closed { _ = operations.close(descriptor) }
      _ = operations.unlink(temporary)
      throw error
    }
    if sync { syncFolder(folder) }
  }

  private func syncFolder(_ folder: String) {
    let descriptor = operations.open(folder, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC, mode: 0)
    guard descriptor >= 0 else { return }
    _ = operations.fsync(descriptor)
    _ = operations.close(descriptor)
  }

  /// The folder and the file name of `path`.
  static func split(_ path: String) -> (folder: String, name: String) {
    let utf8 = path.utf8
    guard let slash = utf8.lastIndex(of: 0x2F) else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[utf8.index(after: slash)...]))
  }
}
