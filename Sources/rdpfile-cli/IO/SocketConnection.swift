import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// One open socket of the doctor's. Every step (``startStep()``) has one wall-clock deadline
/// for all its sends and receives, so a server that trickles a byte now and then cannot stretch
/// a step past the timeout.
final class SocketConnection: ProbeConnection {
  private var descriptor: Int32
  private let timeoutMilliseconds: Int
  private var deadline: Int

  init(descriptor: Int32, timeoutMilliseconds: Int) {
    self.descriptor = descriptor
    self.timeoutMilliseconds = timeoutMilliseconds
    deadline = SocketNetwork.milliseconds() + timeoutMilliseconds
  }

  func startStep() {
    deadline = SocketNetwork.milliseconds() + timeoutMilliseconds
  }

  /// What is left of the step's time.
  private var remaining: Int { max(0, deadline - SocketNetwork.milliseconds()) }

  deinit { close() }

  func send(_ bytes: [UInt8]) throws(ProbeError) {
    var sent = 0
    while sent < bytes.count {
      switch SocketNetwork.wait(descriptor, for: Int16(POLLOUT), timeout: remaining) {
      case .ready: break
      case .timedOut: throw .timedOut
      case .failed(let code): throw .failed(systemError(code))
      }
      let count = bytes[sent...].withUnsafeBytes {
        Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw errno == ECONNRESET || errno == EPIPE
          ? .failed("the server closed the connection") : .failed(systemError())
      }
      sent += count
    }
  }

  func receive(maximum: Int) throws(ProbeError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: max(1, maximum))
    while true {
      switch SocketNetwork.wait(descriptor, for: Int16(POLLIN), timeout: remaining) {
      case .ready: break
      case .timedOut: throw .timedOut
      case .failed(let code): throw .failed(systemError(code))
      }
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        if errno == ECONNRESET { return [] }
        throw .failed(systemError())
      }
      return Array(buffer[0..<count])
    }
  }

  func close() {
    if descriptor >= 0 { Glibc.close(descriptor) }
    descriptor = -1
  }
}
