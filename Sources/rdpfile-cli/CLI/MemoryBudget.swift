import Synchronization

/// Keeps parallel work on large files from multiplying memory: files above a threshold are
/// processed one at a time, whatever `--jobs` says. A connection file is a few kilobytes, so
/// this only ever slows down files that are not really connection files.
final class MemoryBudget: Sendable {
  static let shared = MemoryBudget()

  /// Files of this many bytes or more take the single large-file slot.
  static let largeFile = 1 << 20

  private let slot = Mutex<Void>(())

  /// Runs `work`, alone among large files when `size` makes it one.
  func whileHolding<R>(_ size: Int, _ work: () -> R) -> R {
    guard size >= Self.largeFile else { return work() }
    return slot.withLock { _ in work() }
  }
}
