#if canImport(Glibc)
  import Glibc
#endif

/// A testing seam: the real operations, with a pause before each rename, so tests can stop a
/// batch part-way through with a signal at a predictable moment. Enabled only by the
/// `RDPFILE_TEST_RENAME_DELAY_MS` environment variable.
struct DelayedFileOperations: FileOperations {
  var base = PosixFileOperations()
  var delayMilliseconds: Int

  func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 { base.open(path, flags: flags, mode: mode) }
  func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    base.read(descriptor, into: buffer, at: offset)
  }
  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int { base.write(descriptor, from: buffer) }
  func fsync(_ descriptor: Int32) -> Int32 { base.fsync(descriptor) }
  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 { base.fchmod(descriptor, mode: mode) }
  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 { base.fchown(descriptor, owner: owner, group: group) }
  func close(_ descriptor: Int32) -> Int32 { base.close(descriptor) }
  func rename(_ from: String, to: String) -> Int32 {
    usleep(useconds_t(delayMilliseconds * 1000))
    return base.rename(from, to: to)
  }
  func link(_ from: String, to: String) -> Int32 { base.link(from, to: to) }
  func unlink(_ path: String) -> Int32 { base.unlink(path) }
  func stat(_ path: String) -> stat? { base.stat(path) }
  func fstat(_ descriptor: Int32) -> stat? { base.fstat(descriptor) }
}
