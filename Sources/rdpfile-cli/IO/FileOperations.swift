#if canImport(Glibc)
  import Glibc
#endif

/// The system calls the reader and the writer use, behind a seam so that tests can make any
/// one of them fail (disk full, rename refused, permission denied) or act in between (another
/// program saving) and check that nothing is lost. Names are relative to an open folder.
/// Every method returns the call's result, or `-1` (or `nil`) with `errno` set.
protocol FileOperations: Sendable {
  func open(in directory: Int32, _ name: [UInt8], flags: Int32, mode: mode_t) -> Int32
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int
  func fsync(_ descriptor: Int32) -> Int32
  /// `syncfs`: flushes everything written to the file system that holds `descriptor`.
  func syncFileSystem(_ descriptor: Int32) -> Int32
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32
  func close(_ descriptor: Int32) -> Int32
  /// `flock(LOCK_EX | LOCK_NB)`.
  func tryLock(_ descriptor: Int32) -> Int32
  /// Swaps two names in one folder atomically (`renameat2` with `RENAME_EXCHANGE`).
  func exchange(in directory: Int32, _ first: [UInt8], _ second: [UInt8]) -> Int32
  /// Renames within one folder; with `replace: false` an existing target is an error.
  func rename(in directory: Int32, _ from: [UInt8], to: [UInt8], replace: Bool) -> Int32
  /// Gives the open file `descriptor` another name; an existing name is an error.
  func link(_ descriptor: Int32, in directory: Int32, as name: [UInt8]) -> Int32
  func unlink(in directory: Int32, _ name: [UInt8]) -> Int32
  /// `fstatat` without following a final symbolic link.
  func stat(in directory: Int32, _ name: [UInt8]) -> stat?
  func fstat(_ descriptor: Int32) -> stat?
  func attributeNames(_ descriptor: Int32) -> [[UInt8]]?
  func attribute(_ descriptor: Int32, _ name: [UInt8]) -> [UInt8]?
  func setAttribute(_ descriptor: Int32, _ name: [UInt8], _ value: [UInt8]) -> Int32
  func removeAttribute(_ descriptor: Int32, _ name: [UInt8]) -> Int32
}

/// The real system calls.
struct PosixFileOperations: FileOperations {
  func open(in directory: Int32, _ name: [UInt8], flags: Int32, mode: mode_t) -> Int32 {
    withCName(name) { openat(directory, $0, flags, mode) }
  }
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
  }
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int {
    Glibc.write(descriptor, buffer.baseAddress, buffer.count)
  }
  func fsync(_ descriptor: Int32) -> Int32 { Glibc.fsync(descriptor) }
  func syncFileSystem(_ descriptor: Int32) -> Int32 { LinuxCalls.syncFileSystem(descriptor) }
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 { Glibc.fchmod(descriptor, mode) }
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 { Glibc.fchown(descriptor, owner, group) }
  func close(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }
  func tryLock(_ descriptor: Int32) -> Int32 { flock(descriptor, LOCK_EX | LOCK_NB) }
  func exchange(in directory: Int32, _ first: [UInt8], _ second: [UInt8]) -> Int32 {
    LinuxCalls.rename(in: directory, first, second, flags: LinuxCalls.exchangeFlag)
  }
  func rename(in directory: Int32, _ from: [UInt8], to: [UInt8], replace: Bool) -> Int32 {
    if replace { return withCName(from) { source in withCName(to) { renameat(directory, source, directory, $0) } } }
    return LinuxCalls.rename(in: directory, from, to, flags: LinuxCalls.noReplaceFlag)
  }
  func link(_ descriptor: Int32, in directory: Int32, as name: [UInt8]) -> Int32 {
    // The open file itself, not whatever its old name points to now (through /proc, which
    // needs no privilege, unlike AT_EMPTY_PATH).
    withCName(name) { linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", directory, $0, AT_SYMLINK_FOLLOW) }
  }
  func unlink(in directory: Int32, _ name: [UInt8]) -> Int32 { withCName(name) { unlinkat(directory, $0, 0) } }
  func stat(in directory: Int32, _ name: [UInt8]) -> stat? {
    var info = Glibc.stat()
    return withCName(name) { fstatat(directory, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 ? info : nil
  }
  func fstat(_ descriptor: Int32) -> stat? { statusOf(descriptor: descriptor) }
  func attributeNames(_ descriptor: Int32) -> [[UInt8]]? { LinuxCalls.attributeNames(descriptor) }
  func attribute(_ descriptor: Int32, _ name: [UInt8]) -> [UInt8]? { LinuxCalls.attribute(descriptor, name) }
  func setAttribute(_ descriptor: Int32, _ name: [UInt8], _ value: [UInt8]) -> Int32 {
    LinuxCalls.setAttribute(descriptor, name, value)
  }
  func removeAttribute(_ descriptor: Int32, _ name: [UInt8]) -> Int32 { LinuxCalls.removeAttribute(descriptor, name) }
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

/// `fstat(2)` of an open descriptor, or `nil` with `errno` set.
func statusOf(descriptor: Int32) -> stat? {
  var info = stat()
  return Glibc.fstat(descriptor, &info) == 0 ? info : nil
}

/// What kind of file `info` describes, in words, for messages.
func fileKind(_ info: stat) -> String {
  switch info.st_mode & S_IFMT {
  case S_IFREG: "a file"
  case S_IFDIR: "a folder"
  case S_IFLNK: "a symbolic link"
  case S_IFIFO: "a named pipe"
  case S_IFSOCK: "a socket"
  case S_IFCHR, S_IFBLK: "a device"
  default: "a special file"
  }
}

/// File operations that pass every call to ``base`` except those they implement themselves: the
/// shape of every test seam.
protocol ForwardingFileOperations: FileOperations {
  var base: any FileOperations { get }
}

extension ForwardingFileOperations {
  func open(in directory: Int32, _ name: [UInt8], flags: Int32, mode: mode_t) -> Int32 {
    base.open(in: directory, name, flags: flags, mode: mode)
  }
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    base.read(descriptor, into: buffer, at: offset)
  }
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int { base.write(descriptor, from: buffer) }
  func fsync(_ descriptor: Int32) -> Int32 { base.fsync(descriptor) }
  func syncFileSystem(_ descriptor: Int32) -> Int32 { base.syncFileSystem(descriptor) }
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 { base.fchmod(descriptor, mode: mode) }
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 {
    base.fchown(descriptor, owner: owner, group: group)
  }
  func close(_ descriptor: Int32) -> Int32 { base.close(descriptor) }
  func tryLock(_ descriptor: Int32) -> Int32 { base.tryLock(descriptor) }
  func exchange(in directory: Int32, _ first: [UInt8], _ second: [UInt8]) -> Int32 {
    base.exchange(in: directory, first, second)
  }
  func rename(in directory: Int32, _ from: [UInt8], to: [UInt8], replace: Bool) -> Int32 {
    base.rename(in: directory, from, to: to, replace: replace)
  }
  func link(_ descriptor: Int32, in directory: Int32, as name: [UInt8]) -> Int32 {
    base.link(descriptor, in: directory, as: name)
  }
  func unlink(in directory: Int32, _ name: [UInt8]) -> Int32 { base.unlink(in: directory, name) }
  func stat(in directory: Int32, _ name: [UInt8]) -> stat? { base.stat(in: directory, name) }
  func fstat(_ descriptor: Int32) -> stat? { base.fstat(descriptor) }
  func attributeNames(_ descriptor: Int32) -> [[UInt8]]? { base.attributeNames(descriptor) }
  func attribute(_ descriptor: Int32, _ name: [UInt8]) -> [UInt8]? { base.attribute(descriptor, name) }
  func setAttribute(_ descriptor: Int32, _ name: [UInt8], _ value: [UInt8]) -> Int32 {
    base.setAttribute(descriptor, name, value)
  }
  func removeAttribute(_ descriptor: Int32, _ name: [UInt8]) -> Int32 { base.removeAttribute(descriptor, name) }
}
