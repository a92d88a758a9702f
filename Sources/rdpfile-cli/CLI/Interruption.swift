import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Records SIGINT and SIGTERM instead of dying mid-write, so a batch stops between files and
/// never leaves a half-written or temporary file behind.
final class Interruption: Sendable {
  static let shared = Interruption()

  private let signalNumber = Atomic<Int32>(0)

  /// The signal that arrived, if any.
  var signal: Int32? {
    let value = signalNumber.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }

  /// Whether to stop.
  var isRequested: Bool { signal != nil }

  /// Installs the handlers; the returned value restores the previous ones.
  func install() -> Restore {
    signalNumber.store(0, ordering: .relaxed)
    let handler: @convention(c) (Int32) -> Void = { number in
      Interruption.shared.signalNumber.store(number, ordering: .relaxed)
    }
    let previousInterrupt = Glibc.signal(SIGINT, handler)
    let previousTerminate = Glibc.signal(SIGTERM, handler)
    // A parent may have started us with these signals blocked (test runners do); unblock them
    // on this thread, which starts the workers, so the request actually arrives.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    return Restore(interrupt: previousInterrupt, terminate: previousTerminate)
  }

  /// The handlers that were installed before ``install()``.
  struct Restore {
    var interrupt: sighandler_t?
    var terminate: sighandler_t?

    func callAsFunction() {
      _ = Glibc.signal(SIGINT, interrupt)
      _ = Glibc.signal(SIGTERM, terminate)
    }
  }

  /// Marks an interruption without a signal (tests).
  func request(_ number: Int32 = SIGINT) { signalNumber.store(number, ordering: .relaxed) }
}
