#if canImport(Glibc)
  import Glibc
#endif

/// An open folder. Files in it are opened, created, renamed and removed relative to this
/// descriptor, so a component of the folder's path that someone swaps for a symbolic link
/// after the folder was opened cannot send a read or a write anywhere else.
final class DirectoryHandle: Sendable {
  /// The descriptor (`O_RDONLY | O_DIRECTORY`).
  let descriptor: Int32
  /// The folder's path for messages, as the user named it (ending without a slash).
  let path: String
  /// Device and inode of the folder.
  let identity: FileIdentity

  private init(descriptor: Int32, path: String, identity: FileIdentity) {
    self.descriptor = descriptor
    self.path = path
    self.identity = identity
  }

  deinit { close(descriptor) }

  /// Opens a folder named on the command line. Symbolic links along the way are followed: the
  /// user typed the path.
  static func open(_ path: PathName, display: String) -> Result<DirectoryHandle, FileError> {
    let descriptor = withCName(path.bytes) { Glibc.open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY) }
    return wrap(descriptor, display: display)
  }

  /// Opens the folder `name` inside this one, refusing a symbolic link unless `follow`.
  func openChild(_ name: [UInt8], display: String, follow: Bool) -> Result<DirectoryHandle, FileError> {
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY | (follow ? 0 : O_NOFOLLOW)
    let child = withCName(name) { openat(descriptor, $0, flags) }
    if child < 0, !follow, errno == ELOOP || errno == ENOTDIR {
      return .failure(
        .cannotRead(
          path: display, reason: "it turned into a symbolic link or a file while the folder was being walked; skipped"))
    }
    return Self.wrap(child, display: display)
  }

  private static func wrap(_ descriptor: Int32, display: String) -> Result<DirectoryHandle, FileError> {
    guard descriptor >= 0 else { return .failure(.cannotRead(path: display, reason: systemError())) }
    guard let info = statusOf(descriptor: descriptor) else {
      let reason = systemError()
      close(descriptor)
      return .failure(.cannotRead(path: display, reason: reason))
    }
    var trimmed = display
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    return .success(DirectoryHandle(descriptor: descriptor, path: trimmed, identity: FileIdentity(info)))
  }

  /// The display path of `name` inside this folder.
  func path(of name: [UInt8]) -> String {
    (path == "/" ? "/" : path + "/") + PathName.display(name)
  }
}

/// A file's device and inode: the same file, whatever its name.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
