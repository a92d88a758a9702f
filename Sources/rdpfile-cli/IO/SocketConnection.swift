#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// One open socket of the doctor's.
final class SocketConnection: ProbeConnection {
  private var descriptor: Int32
  private let timeoutMilliseconds: Int

  init(descriptor: Int32, timeoutMilliseconds: Int) {
    self.descriptor = descriptor
    self.timeoutMilliseconds = timeoutMilliseconds
  }

  deinit { close() }

  func send(_ bytes: [UInt8]) throws(ProbeError) {
    var sent = 0
    while sent < bytes.count {
      switch SocketNetwork.wait(descriptor, for: Int16(POLLOUT), timeout: timeoutMilliseconds) {
      case .ready: break
      case .timedOut: throw .timedOut
      case .failed(let code): throw .failed(systemError(code))
      }
      let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw errno == ECONNRESET || errno == EPIPE ? .failed("the server closed the connection") : .failed(systemError())
      }
      sent += count
    }
  }

  func receive(maximum: Int) throws(ProbeError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: max(1, maximum))
    while true {
      switch SocketNetwork.wait(descriptor, for: Int16(POLLIN), timeout: timeoutMilliseconds) {
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
