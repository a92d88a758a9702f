import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about this process that do not change while it runs, asked once instead of per file.
enum ProcessFacts {
  static let id = getpid()
  static let user = geteuid()
  static let group = getegid()
  /// The file-creation mask (reading it means setting it, so it is set back at once).
  static let umask: mode_t = {
    let mask = Glibc.umask(0o022)
    Glibc.umask(mask)
    return mask
  }()

  private static let counter = Atomic<Int>(0)

  /// A number not handed out before in this process (for temporary file names).
  static func nextNumber() -> Int {
    counter.add(1, ordering: .relaxed).newValue
  }
}
