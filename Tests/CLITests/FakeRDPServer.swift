import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A small TCP server on 127.0.0.1 that answers each connection the way a test scripts it:
/// crafted negotiation answers, garbage, silence. It stands in for servers xrdp cannot play
/// (one that requires NLA, hostile ones).
final class FakeRDPServer: @unchecked Sendable {
  /// What to do on one connection, given the bytes of the client's first packet.
  enum Behaviour {
    /// Send these bytes, then read the client's next packet and answer it with `then`.
    case answer([UInt8], then: [UInt8]?)
    /// Send these bytes forever (until the client goes away).
    case flood([UInt8])
    /// Say nothing and keep the connection open.
    case silent
    /// Send these bytes one at a time, pausing this many milliseconds before each.
    case trickle([UInt8], milliseconds: Int)
    /// Close at once.
    case close
  }

  let port: Int
  private let listener: Int32
  private let script: @Sendable ([UInt8]) -> Behaviour
  private let lock = NSLock()
  private var open: [Int32] = []
  private var stopped = false
  private(set) var connections = 0

  init(_ script: @escaping @Sendable ([UInt8]) -> Behaviour) throws {
    self.script = script
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    self.listener = listener
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = Loopback.address(port: 0)
    let bound = Loopback.withSocketAddress(&address) { bind(listener, $0, $1) }
    guard bound == 0, listen(listener, 16) == 0 else { throw NSError(domain: "fake server", code: Int(errno)) }
    self.port = Loopback.port(of: listener)
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  deinit { stop() }

  func stop() {
    lock.lock()
    let wasStopped = stopped
    stopped = true
    let descriptors = open
    open = []
    lock.unlock()
    guard !wasStopped else { return }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    for descriptor in descriptors {
      shutdown(descriptor, Int32(SHUT_RDWR))
      close(descriptor)
    }
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      guard client >= 0 else { return }
      lock.lock()
      if stopped {
        lock.unlock()
        close(client)
        return
      }
      open.append(client)
      connections += 1
      lock.unlock()
      let thread = Thread { [self] in serve(client) }
      thread.start()
    }
  }

  private func serve(_ client: Int32) {
    let request = readPacket(client)
    switch script(request) {
    case .answer(let bytes, let then):
      write(client, bytes)
      if let then {
        _ = readPacket(client)
        write(client, then)
      }
      shutdown(client, Int32(SHUT_WR))
    case .flood(let bytes):
      while write(client, bytes) {}
    case .silent:
      return
    case .trickle(let bytes, let pause):
      for byte in bytes {
        usleep(useconds_t(pause * 1000))
        guard write(client, [byte]) else { return }
      }
    case .close:
      shutdown(client, Int32(SHUT_RDWR))
    }
  }

  private func readPacket(_ client: Int32) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
    return count > 0 ? Array(buffer[0..<count]) : []
  }

  @discardableResult
  private func write(_ client: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
  }
}
