import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// The wall clock, for judging certificates (`verify`, `doctor`).
enum SystemClock {
  /// The current time, in whole seconds.
  static var now: CertificateTime {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return CertificateTime(secondsSince1970: Int64(spec.tv_sec))
  }
}
