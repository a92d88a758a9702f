import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real xrdp started by a test on 127.0.0.1 at a free high port, with a configuration and a
/// certificate the test chose; stopped when the value goes away.
final class XrdpServer {
  static let executable = ["/usr/sbin/xrdp", "/usr/local/sbin/xrdp"].first { FileManager.default.isExecutableFile(atPath: $0) }
  static var isAvailable: Bool { executable != nil }

  let port: Int
  private let process = Process()

  /// `securityLayer` is xrdp's `security_layer` (tls, rdp or negotiate); `protocols` its
  /// `ssl_protocols`.
  init(in folder: String, name: String, securityLayer: String, certificate: String?, key: String?, protocols: String = "TLSv1.2, TLSv1.3") throws {
    port = try Self.freePort()
    let config = """
      [Globals]
      ini_version=1
      fork=false
      port=tcp://127.0.0.1:\(port)
      use_vsock=false
      security_layer=\(securityLayer)
      crypt_level=high
      certificate=\(certificate ?? "")
      key_file=\(key ?? "")
      ssl_protocols=\(protocols)
      [Logging]
      LogFile=\(folder)/xrdp-\(name).log
      LogLevel=INFO
      EnableSyslog=false
      [Channels]

      """
    let path = "\(folder)/xrdp-\(name).ini"
    try config.write(toFile: path, atomically: true, encoding: .utf8)
    process.executableURL = URL(fileURLWithPath: Self.executable!)
    process.arguments = ["--nodaemon", "--config", path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Ready when the port accepts connections (xrdp takes a moment to listen).
    for _ in 0..<100 {
      if Self.accepts(port) { return }
      usleep(50_000)
    }
    kill(process.processIdentifier, SIGKILL)
    throw NSError(domain: "xrdp", code: 1, userInfo: [NSLocalizedDescriptionKey: "xrdp did not start listening on \(port)"])
  }

  deinit {
    // xrdp does not always stop on SIGTERM while it holds connections; nothing of it needs to
    // survive, so it is killed.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    _ = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  static func accepts(_ port: Int) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    } == 0
  }
}
