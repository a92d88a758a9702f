import Synchronization

/// The next item to map, shared by the threads of ``parallelMap(_:jobs:alongside:_:)``: each
/// index is handed out once.
final class NextIndex: Sendable {
  private let value = Atomic<Int>(0)

  /// The next index not yet taken.
  func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
