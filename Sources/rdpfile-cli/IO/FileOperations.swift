#if canImport(Glibc)
  import Glibc
#endif

/// The system calls the writer and reader use, behind a seam so that tests can make any one of
/// them fail (disk full, rename refused, permission denied) and check that nothing is lost.
/// Every method returns the result of the call, or `-1` with `errno` set.
protocol FileOperations: Sendable {
  func open(_ path: String, flags: Int32, mode: mode_t) -> Int32
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int
  func fsync(_ descriptor: Int32) -> Int32
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32
  func close(_ descriptor: Int32) -> Int32
  func rename(_ from: String, to: String) -> Int32
  func link(_ from: String, to: String) -> Int32
  func unlink(_ path: String) -> Int32
  func stat(_ path: String) -> stat?
  func fstat(_ descriptor: Int32) -> stat?
}

/// The real system calls.
struct PosixFileOperations: FileOperations {
  func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
  }
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int {
    Glibc.write(descriptor, buffer.baseAddress, buffer.count)
  }
  func fsync(_ descriptor: Int32) -> Int32 { Glibc.fsync(descriptor) }
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 { Glibc.fchmod(descriptor, mode) }
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 {
    Glibc.fchown(descriptor, owner, group)
  }
  func close(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }
  func rename(_ from: String, to: String) -> Int32 { Glibc.rename(from, to) }
  func link(_ from: String, to: String) -> Int32 { Glibc.link(from, to) }
  func unlink(_ path: String) -> Int32 { Glibc.unlink(path) }
  func stat(_ path: String) -> stat? { statusOf(path: path) }
  func fstat(_ descriptor: Int32) -> stat? { statusOf(descriptor: descriptor) }
}

/// The text of the current `errno`.
func systemError(_ code: Int32 = errno) -> String {
  String(cString: strerror(code))
}

/// `stat(2)` of a path (following symbolic links), or `nil` with `errno` set.
func statusOf(path: String) -> stat? {
  var info = stat()
  return fstatat(AT_FDCWD, path, &info, 0) == 0 ? info : nil
}

/// `lstat(2)` of a path (not following symbolic links), or `nil` with `errno` set.
func linkStatusOf(path: String) -> stat? {
  var info = stat()
  return fstatat(AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
}

/// `fstat(2)` of an open descriptor, or `nil` with `errno` set.
func statusOf(descriptor: Int32) -> stat? {
  var info = stat()
  return Glibc.fstat(descriptor, &info) == 0 ? info : nil
}
