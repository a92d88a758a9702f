import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Maps `items` on up to `jobs` threads and returns the results in the order of `items`.
func parallelMap<Item: Sendable, Result: Sendable>(
  _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result
) -> [Result] {
  guard jobs > 1, items.count > 1 else { return items.map(transform) }
  let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
  buffer.initialize(repeating: nil)
  defer {
    buffer.deinitialize()
    buffer.deallocate()
  }
  nonisolated(unsafe) let slots = buffer
  let workers = min(jobs, items.count)
  let chunk = (items.count + workers - 1) / workers
  DispatchQueue.concurrentPerform(iterations: workers) { worker in
    let start = worker * chunk
    let end = min(start + chunk, items.count)
    guard start < end else { return }
    for index in start..<end {
      // Each index is written by exactly one worker.
      slots[index] = transform(items[index])
    }
  }
  return buffer.map { $0! }
}

/// The number of processors online, for `--jobs`'s default.
func onlineProcessors() -> Int {
  max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}
