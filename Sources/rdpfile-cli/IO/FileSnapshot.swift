#if canImport(Glibc)
  import Glibc
#endif

/// A file as it was read: its bytes and the metadata that tells whether it changed since.
struct FileSnapshot: Sendable {
  var path: String
  var bytes: [UInt8]
  var device: UInt64
  var inode: UInt64
  var size: Int
  var modified: timespec
  var mode: mode_t
  var owner: uid_t
  var group: gid_t
  /// The descriptor the file was read through, when the reader was asked to keep it open (the
  /// writer then locks and re-reads through it). The caller closes it.
  var descriptor: Int32?

  init(path: String, bytes: [UInt8], info: stat) {
    self.path = path
    self.bytes = bytes
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int(info.st_size)
    modified = info.st_mtim
    mode = info.st_mode
    owner = info.st_uid
    group = info.st_gid
  }

  /// Whether `info` describes the same file, unchanged: same inode, size and modification time.
  func matches(_ info: stat) -> Bool {
    UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode && Int(info.st_size) == size
      && info.st_mtim.tv_sec == modified.tv_sec && info.st_mtim.tv_nsec == modified.tv_nsec
  }
}
