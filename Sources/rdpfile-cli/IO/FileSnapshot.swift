#if canImport(Glibc)
  import Glibc
#endif

/// A file as it was read: its bytes, the descriptor it was read through (kept open for the
/// writer, which locks and re-checks through it), and the metadata the replacement must keep.
struct FileSnapshot: Sendable {
  var location: FileLocation
  var bytes: [UInt8]
  var info: stat
  /// The open descriptor, when the reader was asked to keep it; the caller closes it.
  var descriptor: Int32?

  var path: String { location.path }
  var identity: FileIdentity { FileIdentity(info) }

  /// Whether `other` is the same inode, unchanged: same size, modification and change time.
  func isUnchanged(_ other: stat) -> Bool {
    FileIdentity(other) == identity && other.st_size == info.st_size
      && other.st_mtim.tv_sec == info.st_mtim.tv_sec && other.st_mtim.tv_nsec == info.st_mtim.tv_nsec
      && other.st_ctim.tv_sec == info.st_ctim.tv_sec && other.st_ctim.tv_nsec == info.st_ctim.tv_nsec
  }
}
