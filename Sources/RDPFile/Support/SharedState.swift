#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// State that worker threads share and contend for (a cache a whole run fills), behind a POSIX
/// mutex.
///
/// `Synchronization.Mutex` hands a contended lock from one thread to the next inside the kernel
/// (a priority-inheriting futex on Linux), where ThreadSanitizer cannot follow it, so the
/// sanitizer reports the data it guards as raced whenever two threads meet there. It follows a
/// pthread mutex. State that threads contend for lives here; state one thread at a time uses
/// stays in a `Mutex`.
package final class SharedState<Value: Sendable>: @unchecked Sendable {
  // Safe to share: `state` is only touched between lock and unlock of `mutex`, whose address
  // never changes (it is allocated once, not stored inline in a movable value).
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var state: Value

  /// Shares `state`.
  package init(_ state: Value) {
    self.state = state
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  /// Runs `body` on the state, with no other thread inside.
  package func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body(&state)
  }
}
