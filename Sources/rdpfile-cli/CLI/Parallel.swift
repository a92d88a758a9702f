import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Maps `items` on up to `jobs` threads and returns the results in the order of `items`.
/// Threads take the next item as they finish one, so a slow file does not hold up a share of
/// the others. `alongside` runs on the calling thread while the other threads start mapping
/// (the caller joins them when it is done): output of an earlier chunk can be written and the
/// next chunk found meanwhile.
func parallelMap<Item: Sendable, Result: Sendable>(
  _ items: [Item], jobs: Int, alongside: () -> Void = {}, _ transform: @escaping @Sendable (Item) -> Result
) -> [Result] {
  guard jobs > 1, items.count > 1 else {
    alongside()
    return items.map(transform)
  }
  let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
  buffer.initialize(repeating: nil)
  defer {
    buffer.deinitialize()
    buffer.deallocate()
  }
  nonisolated(unsafe) let slots = buffer
  let next = NextIndex()
  let work: @Sendable () -> Void = {
    while true {
      let index = next.take()
      guard index < items.count else { return }
      // Each index is taken, and its slot written, by exactly one thread.
      slots[index] = transform(items[index])
    }
  }
  let group = DispatchGroup()
  for _ in 1..<min(jobs, items.count) { DispatchQueue.global().async(group: group, execute: work) }
  alongside()
  work()
  group.wait()
  return buffer.map { $0! }
}

/// The number of processors online, for `--jobs`'s default.
func onlineProcessors() -> Int {
  max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}
