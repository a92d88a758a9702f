import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A progress line on standard error for long runs on a terminal, redrawn a few times a second.
///
/// `@unchecked Sendable`: workers only call ``step()``, which touches the atomic counter; the
/// timer is created in `init` and cancelled in ``finish(on:)``, both on the command's thread.
final class Progress: @unchecked Sendable {
  private let counter = Counter()
  private let timer: (any DispatchSourceTimer)?

  private final class Counter: Sendable {
    let done = Atomic<Int>(0)
  }

  init(enabled: Bool) {
    guard enabled else {
      timer = nil
      return
    }
    let source = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
    // Nothing shows for runs that end within a second.
    source.schedule(deadline: .now() + .seconds(1), repeating: .milliseconds(250))
    source.setEventHandler { [counter] in
      let line = "\rrdpfile: \(counter.done.load(ordering: .relaxed)) files"
      _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }
    source.resume()
    timer = source
  }

  func step() { counter.done.add(1, ordering: .relaxed) }

  func finish(on sink: OutputSink) {
    guard let timer else { return }
    timer.cancel()
    sink.write("\r\u{1B}[K")
  }
}
