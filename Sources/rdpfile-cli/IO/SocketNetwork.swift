import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// Real TCP connections for the doctor: the system resolver, non-blocking connects and reads
/// that never wait longer than `timeout` for any one step, and sends that cannot raise SIGPIPE.
struct SocketNetwork: ProbeNetwork {
  /// The most any one step (connecting, sending, each wait for bytes) may take.
  var timeoutMilliseconds: Int

  func resolve(_ host: String) -> Result<[String], ProbeError> {
    SystemResolver.lookup(host, family: .any).mapError { .doesNotResolve($0.reason) }
  }

  func connect(to address: String, port: Int) -> Result<ProbeConnected, ProbeError> {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV
    var list: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(address, String(port), &hints, &list) == 0, let entry = list else {
      return .failure(.failed("\(address) is not an IP address"))
    }
    defer { freeaddrinfo(list) }
    let descriptor = socket(entry.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return .failure(.failed("cannot create a socket: \(systemError())")) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    let started = Self.milliseconds()
    if Glibc.connect(descriptor, entry.pointee.ai_addr, entry.pointee.ai_addrlen) != 0 {
      guard errno == EINPROGRESS else { return .failure(Self.failure(errno, descriptor)) }
      switch Self.wait(descriptor, for: Int16(POLLOUT), timeout: timeoutMilliseconds) {
      case .ready: break
      case .timedOut:
        close(descriptor)
        return .failure(.timedOut)
      case .failed(let code): return .failure(Self.failure(code, descriptor))
      }
      var code: Int32 = 0
      var length = socklen_t(MemoryLayout<Int32>.size)
      getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &length)
      if code != 0 { return .failure(Self.failure(code, descriptor)) }
    }
    let connection = SocketConnection(descriptor: descriptor, timeoutMilliseconds: timeoutMilliseconds)
    return .success(ProbeConnected(connection: connection, milliseconds: Self.milliseconds() - started))
  }

  private static func failure(_ code: Int32, _ descriptor: Int32) -> ProbeError {
    close(descriptor)
    switch code {
    case ECONNREFUSED: return .refused
    case ETIMEDOUT: return .timedOut
    default: return .failed(systemError(code))
    }
  }

  enum Wait {
    case ready, timedOut
    case failed(Int32)
  }

  /// Waits until `descriptor` is ready for `events`, at most `timeout` milliseconds.
  static func wait(_ descriptor: Int32, for events: Int16, timeout: Int) -> Wait {
    let deadline = milliseconds() + timeout
    while true {
      var entry = pollfd(fd: descriptor, events: events, revents: 0)
      let remaining = deadline - milliseconds()
      guard remaining > 0 else { return .timedOut }
      let count = poll(&entry, 1, Int32(min(remaining, Int(Int32.max))))
      if count < 0 {
        if errno == EINTR { continue }
        return .failed(errno)
      }
      if count == 0 { return .timedOut }
      return .ready
    }
  }

  /// A monotonic clock in milliseconds.
  static func milliseconds() -> Int {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int(spec.tv_sec) * 1000 + Int(spec.tv_nsec) / 1_000_000
  }
}
