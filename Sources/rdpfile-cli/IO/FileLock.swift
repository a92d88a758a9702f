#if canImport(Glibc)
  import Glibc
#endif

/// Takes the advisory lock two `rdpfile` runs use to take turns on a file, waiting a bounded
/// time. Anyone who can read a file can hold a lock on it, so waiting forever would let any user
/// of a share freeze an administrator's run; a file that stays locked is reported and skipped.
/// The wait polls, so SIGINT and SIGTERM stop it.
struct FileLock {
  var operations: any FileOperations
  /// How long to wait for a lock someone else holds.
  var timeout: Double

  enum Outcome: Equatable { case acquired, timedOut, interrupted }

  func acquire(_ descriptor: Int32) -> Outcome {
    let deadline = monotonicSeconds() + timeout
    var pause: UInt32 = 1_000
    while true {
      if operations.tryLock(descriptor) == 0 { return .acquired }
      // Any other error means no locks here (some network file systems): go on unlocked.
      guard errno == EWOULDBLOCK || errno == EINTR else { return .acquired }
      if Interruption.shared.isRequested { return .interrupted }
      guard monotonicSeconds() < deadline else { return .timedOut }
      usleep(pause)
      pause = min(pause * 2, 50_000)
    }
  }
}

/// A monotonic clock in seconds.
func monotonicSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
