#if canImport(Glibc)
  import Glibc
#endif

/// Timing of one benchmark case: per-operation times of several samples.
struct Measurement {
  var name: String
  var input: String
  var bytes: Int
  var samples: [Double]  // seconds per operation

  var median: Double { percentile(0.5) }

  func percentile(_ fraction: Double) -> Double {
    let sorted = samples.sorted()
    let position = fraction * Double(sorted.count - 1)
    let lower = Int(position)
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
  }

  var microseconds: Double { median * 1e6 }
  var megabytesPerSecond: Double { Double(bytes) / median / 1e6 }
}

/// Monotonic time in seconds.
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` repeatedly: a warm-up, then `samples` samples of enough iterations to take about
/// `sampleSeconds` each. Returns seconds per call for each sample.
func measure(samples: Int, sampleSeconds: Double, _ body: () -> Void) -> [Double] {
  var iterations = 1
  while true {
    let start = now()
    for _ in 0..<iterations { body() }
    let elapsed = now() - start
    if elapsed >= sampleSeconds / 4 || iterations >= 1 << 24 {
      iterations = max(1, Int(Double(iterations) * sampleSeconds / max(elapsed, 1e-9)))
      break
    }
    iterations *= 4
  }
  return (0..<samples).map { _ in
    let start = now()
    for _ in 0..<iterations { body() }
    return (now() - start) / Double(iterations)
  }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
