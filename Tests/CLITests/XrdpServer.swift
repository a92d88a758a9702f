import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real xrdp started by a test on 127.0.0.1 at a free high port, with a configuration and a
/// certificate the test chose; stopped when the value goes away.
final class XrdpServer {
  static let executable = ["/usr/sbin/xrdp", "/usr/local/sbin/xrdp"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var isAvailable: Bool { executable != nil }

  let port: Int
  private let process = Process()

  /// `securityLayer` is xrdp's `security_layer` (tls, rdp or negotiate); `protocols` its
  /// `ssl_protocols`.
  init(
    in folder: String, name: String, securityLayer: String, certificate: String?, key: String?,
    protocols: String = "TLSv1.2, TLSv1.3"
  ) throws {
    port = try Loopback.freePort()
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
      if Loopback.accepts(port) { return }
      usleep(50_000)
    }
    kill(process.processIdentifier, SIGKILL)
    throw NSError(
      domain: "xrdp", code: 1, userInfo: [NSLocalizedDescriptionKey: "xrdp did not start listening on \(port)"])
  }

  deinit {
    // xrdp does not always stop on SIGTERM while it holds connections; nothing of it needs to
    // survive, so it is killed.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}
