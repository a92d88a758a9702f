import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// TCP on 127.0.0.1 for the tests' servers: addresses, a free port, and whether a port accepts.
enum Loopback {
  /// 127.0.0.1 at `port` (0 lets the system choose).
  static func address(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return address
  }

  /// Calls `body` with `address` as a `sockaddr` and its length.
  static func withSocketAddress<T>(
    _ address: inout sockaddr_in, _ body: (UnsafeMutablePointer<sockaddr>, socklen_t) -> T
  ) -> T {
    withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
  }

  /// The port a listening socket `descriptor` is bound to.
  static func port(of descriptor: Int32) -> Int {
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withSocketAddress(&address) { pointer, _ in getsockname(descriptor, pointer, &length) }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// A port nothing listens on right now.
  static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = address(port: 0)
    _ = withSocketAddress(&address) { bind(descriptor, $0, $1) }
    return port(of: descriptor)
  }

  /// Whether something accepts connections on `port`.
  static func accepts(_ port: Int) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = address(port: port)
    return withSocketAddress(&address) { Glibc.connect(descriptor, $0, $1) } == 0
  }
}
