import Foundation
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// The doctor against real servers on the loopback interface: Debian's xrdp with the security
/// layers and certificates the tests choose, openssl s_server as a gateway's TLS endpoint, and
/// a fake server for what xrdp cannot do (NLA, hostile answers). Nothing leaves 127.0.0.1.
@Suite("rdpfile doctor against real and fake servers on loopback", .serialized)
struct DoctorCommandTests {
  static var canRunXrdp: Bool { XrdpServer.isAvailable && OpenSSLTestTool.isAvailable }

  /// This test's certificates (see ``OpenSSLTestTool/makeServerCertificates(in:)``).
  let certificates: TemporaryFolder

  init() throws {
    certificates = try TemporaryFolder()
    if OpenSSLTestTool.isAvailable { try OpenSSLTestTool.makeServerCertificates(in: certificates.path) }
  }

  func doctor(_ text: String, timeout: String = "3", json: Bool = false) throws -> RunResult {
    let folder = try TemporaryFolder()
    let file = try folder.write("conn.rdp", text: text)
    return runTool(["doctor", file, "--timeout", timeout] + (json ? ["--format", "json"] : []))
  }

  func xrdp(_ layer: String, certificate: String? = "good", protocols: String = "TLSv1.2, TLSv1.3") throws -> XrdpServer
  {
    let folder = certificates.path
    return try XrdpServer(
      in: folder, name: "\(layer)-\(certificate ?? "none")-\(protocols.count)", securityLayer: layer,
      certificate: certificate.map { "\(folder)/\($0).pem" }, key: certificate.map { "\(folder)/\($0).key" },
      protocols: protocols)
  }

  // MARK: xrdp

  @Test(
    "xrdp, TLS layer, valid certificate: TLS selected, legacy refused with SSL_REQUIRED, certificate read; it connects",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpTLS() throws {
    let server = try xrdp("tls")
    let result = try doctor("full address:s:localhost:\(server.port)\nauthentication level:i:1\n")
    #expect(result.exitCode == .success, "\(result.output)")
    #expect(result.output.contains("→ selects TLS  (what the file asks for)"))
    #expect(result.output.contains("standard RDP security → refused: the server requires TLS (SSL_REQUIRED_BY_SERVER)"))
    #expect(result.output.contains("TLS 1.2; certificate CN=localhost, issued by CN=Doctor Test CA"))
    #expect(result.output.contains("info[certificate-ok]"))
    #expect(result.output.contains("info[nla-not-required]"))
    #expect(result.output.contains("verdict: connects"))
  }

  @Test(
    "xrdp with an expired certificate: authentication level 1 cannot connect, level 0 connects silently",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpExpired() throws {
    let server = try xrdp("tls", certificate: "expired")
    let strict = try doctor("full address:s:localhost:\(server.port)\nauthentication level:i:1\n")
    #expect(strict.exitCode == .findings)
    #expect(strict.output.contains("error[certificate-expired] the server's certificate expired on"))
    #expect(strict.output.contains("with authentication level 1 the client refuses to connect"))
    #expect(strict.output.contains("verdict: cannot connect"))
    let silent = try doctor("full address:s:localhost:\(server.port)\nauthentication level:i:0\n")
    #expect(silent.output.contains("warning[certificate-expired]"))
    #expect(silent.output.contains("with authentication level 0 the client connects without a word"))
  }

  @Test(
    "xrdp with a certificate for another name: the user is warned (default level), and by IP the mismatch says so",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpOtherName() throws {
    let server = try xrdp("tls", certificate: "other")
    let result = try doctor("full address:s:localhost:\(server.port)\n")
    #expect(result.exitCode == .findings)
    #expect(
      result.output.contains(
        "warning[certificate-name-mismatch] the server's certificate is for other.example.com, not localhost"))
    #expect(result.output.contains("with authentication level 3 (the default) the user sees a certificate warning"))
    #expect(result.output.contains("verdict: connects after warning"))
    let byIP = try doctor("full address:s:127.0.0.1:\(server.port)\nauthentication level:i:2\n")
    #expect(byIP.output.contains("not 127.0.0.1 (the file connects by IP address)"))
    #expect(byIP.output.contains("info[target-is-ip-address]"))
  }

  @Test(
    "xrdp with a self-signed certificate, and with one not valid until 2099: each named, each a warning at the default level",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpSelfSignedAndFuture() throws {
    let selfSigned = try xrdp("tls", certificate: "self")
    let result = try doctor("full address:s:localhost:\(selfSigned.port)\n")
    #expect(
      result.output.contains("warning[certificate-self-signed] the server's certificate is self-signed (CN=localhost)"),
      "\(result.output)")
    #expect(result.output.contains("verdict: connects after warning"))
    let future = try xrdp("tls", certificate: "future")
    let early = try doctor("full address:s:localhost:\(future.port)\nauthentication level:i:1\n")
    #expect(
      early.output.contains(
        "error[certificate-not-yet-valid] the server's certificate is not valid before 2099-01-01T00:00:00Z"),
      "\(early.output)")
    #expect(early.output.contains("verdict: cannot connect"))
  }

  @Test(
    "xrdp, RDP layer: standard RDP security even when TLS is asked for; authentication level 1 cannot connect",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpLegacy() throws {
    let server = try xrdp("rdp", certificate: nil)
    let result = try doctor("full address:s:localhost:\(server.port)\n")
    #expect(result.output.contains("→ selects standard RDP security  (what the file asks for)"))
    #expect(result.output.contains("warning[standard-security] the server selects standard RDP security"))
    #expect(result.output.contains("warning[server-allows-standard-security]"))
    let strict = try doctor("full address:s:localhost:\(server.port)\nauthentication level:i:1\n")
    #expect(strict.exitCode == .findings)
    #expect(strict.output.contains("error[standard-security-refused-by-file]"))
  }

  @Test(
    "xrdp, negotiate layer: TLS for the file, but legacy security accepted too",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpNegotiate() throws {
    let server = try xrdp("negotiate")
    let result = try doctor("full address:s:localhost:\(server.port)\n", json: true)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let negotiations = try #require(json["negotiations"] as? [[String: Any]])
    #expect(negotiations.map { $0["requested"] as? String } == ["tls+credssp+credssp-ex", "rdp", "tls"])
    #expect(negotiations.map { $0["selected"] as? String } == ["tls", "rdp", "tls"])
    let codes = try #require(json["findings"] as? [[String: Any]]).map { $0["code"] as? String }
    #expect(codes.contains("server-allows-standard-security"))
    let target = try #require(json["target"] as? [String: Any])
    #expect((target["tls"] as? [String: Any])?["version"] as? String == "TLS 1.2")
  }

  @Test(
    "xrdp speaking only TLS 1.3: the doctor says the certificate could not be read",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func xrdpTLS13() throws {
    let server = try xrdp("tls", protocols: "TLSv1.3")
    let result = try doctor("full address:s:localhost:\(server.port)\n")
    #expect(result.output.contains("info[tls13-only]"), "\(result.output)")
    #expect(result.output.contains("could not be read"))
  }

  @Test(
    "a gateway (openssl s_server on loopback): its certificate is read and checked strictly",
    .enabled(if: canRunXrdp, "needs /usr/sbin/xrdp and openssl (.ci/run installs both)"))
  func gateway() throws {
    let folder = certificates.path
    for (certificate, blocked) in [("good", false), ("other", true)] {
      let port = try Loopback.freePort()
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try #require(OpenSSLTestTool.path))
      process.arguments = [
        "s_server", "-accept", "127.0.0.1:\(port)", "-cert", "\(folder)/\(certificate).pem", "-key",
        "\(folder)/\(certificate).key", "-quiet",
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      process.standardInput = Pipe()
      try process.run()
      defer { process.terminate() }
      for _ in 0..<100 where !Loopback.accepts(port) { usleep(50_000) }
      let result = try doctor(
        "full address:s:ts.internal\ngatewayhostname:s:localhost:\(port)\ngatewayusagemethod:i:1\n")
      #expect(result.output.contains("gateway   localhost port \(port)"))
      #expect(result.output.contains("skipped   the file always connects through its gateway"))
      #expect(
        result.output.contains(blocked ? "error[gateway-certificate-name-mismatch]" : "info[gateway-certificate-ok]"),
        "\(result.output)")
      #expect(result.exitCode == (blocked ? .findings : .success))
    }
  }

  // MARK: Fake servers

  @Test("the fake server requiring NLA: a file with CredSSP off cannot connect; every failure code is explained")
  func failureCodes() throws {
    let nla = try FakeRDPServer { request in
      request.last == 0 && request.count == 19 && request[15] & 0x02 == 0
        ? .answer(ScriptedBytes.failing(5), then: nil) : .answer(ScriptedBytes.selecting(2), then: nil)
    }
    let result = try doctor("full address:s:127.0.0.1:\(nla.port)\nenablecredsspsupport:i:0\n")
    #expect(result.exitCode == .findings)
    #expect(result.output.contains("error[nla-required-but-credssp-off]"))
    #expect(
      result.output.contains(
        "refused: the server requires Network Level Authentication (CredSSP) (HYBRID_REQUIRED_BY_SERVER)"))
    #expect(
      result.output.contains(
        "fix: set enablecredsspsupport:i:1 (rdpfile fix --secure-defaults), which restores NLA: it changes the connection (unsafe"
      ))
    let expected = [
      1: "SSL_REQUIRED_BY_SERVER", 2: "SSL_NOT_ALLOWED_BY_SERVER", 3: "error[certificate-not-on-server]",
      4: "INCONSISTENT_FLAGS",
      5: "HYBRID_REQUIRED_BY_SERVER", 6: "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
    ]
    for code in 1...6 {
      let server = try FakeRDPServer { _ in .answer(ScriptedBytes.failing(UInt32(code)), then: nil) }
      let answer = try doctor("full address:s:127.0.0.1:\(server.port)\n")
      #expect(answer.exitCode == .findings, "code \(code)")
      #expect(answer.output.contains(expected[code]!), "code \(code): \(answer.output)")
      #expect(
        answer.output.contains("verdict: cannot connect") || answer.output.contains("verdict: connects after warning"),
        "code \(code)")
    }
  }

  @Test("hostile or broken servers give a clear finding, never a crash or a hang")
  func malformed() throws {
    let tlsSelected = ScriptedBytes.selecting(1)
    let cases: [(String, FakeRDPServer.Behaviour, String)] = [
      (
        "HTTP", .answer(Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8), then: nil),
        "error[not-rdp] the answer is not RDP: the answer does not start like an RDP packet"
      ),
      ("huge TPKT length", .answer([0x03, 0x00, 0xFF, 0xFF, 0x00], then: nil), "claims a length of 65535 bytes"),
      ("cut short", .answer(Array(tlsSelected.prefix(9)), then: nil), "the server closed the connection mid-answer"),
      ("closes at once", .close, "the server closed the connection without answering"),
      (
        "wrong X.224 code", .answer([0x03, 0x00, 0x00, 0x0B, 0x06, 0xE0, 0, 0, 0, 0, 0], then: nil),
        "is not a Connection Confirm"
      ),
      (
        "unknown negotiation type",
        .answer([0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0, 0, 0, 0, 0, 0x09, 0, 0x08, 0, 1, 0, 0, 0], then: nil),
        "neither a response nor a failure"
      ),
      (
        "TLS garbage", .answer(tlsSelected, then: Array("garbage, not TLS at all".utf8)),
        "error[tls-malformed] the TLS handshake could not be followed: not a TLS record"
      ),
      (
        "huge TLS record", .answer(tlsSelected, then: [0x16, 0x03, 0x03, 0xFF, 0xFF]), "a TLS record claims 65535 bytes"
      ),
      (
        "certificate garbage",
        .answer(tlsSelected, then: ScriptedBytes.tls(certificate: [0x30, 0x82, 0x10, 0x00, 0x01])),
        "the server's certificate cannot be read"
      ),
      (
        "no TLS answer", .answer(tlsSelected, then: nil),
        "error[tls-malformed] the TLS handshake could not be followed: the server closed the connection without answering"
      ),
    ]
    for (name, behaviour, expected) in cases {
      let server = try FakeRDPServer { _ in behaviour }
      let result = try doctor("full address:s:127.0.0.1:\(server.port)\n", timeout: "1")
      #expect(result.output.contains(expected), "\(name): \(result.output)")
      #expect(result.exitCode == .findings, "\(name)")
      #expect(!result.output.unicodeScalars.contains { $0 != "\n" && TextEscaper.needsEscape($0) }, "\(name)")
    }
    let flood = try FakeRDPServer { _ in .flood(ScriptedBytes.handshakeFiller) }
    let flooded = try doctor("full address:s:127.0.0.1:\(flood.port)\n", timeout: "2")
    #expect(flooded.output.contains("not RDP") || flooded.output.contains("more than"), "\(flooded.output)")
  }

  @Test("a server that accepts and says nothing gives a finding within the timeout")
  func timeoutHonoured() throws {
    let server = try FakeRDPServer { _ in .silent }
    let started = Date()
    let result = try doctor("full address:s:127.0.0.1:\(server.port)\n", timeout: "0.5")
    let elapsed = Date().timeIntervalSince(started)
    #expect(result.output.contains("error[silent-server]"))
    #expect(result.output.contains("no answer (timed out)"))
    #expect(elapsed < 3, "took \(elapsed) s with a 0.5 s timeout")
    #expect(server.connections == 1, "no second probe after a silent answer")
  }

  @Test(
    "a server that trickles one byte every 0.8 s cannot stretch a 1-second step: the timeout is per step, not per read")
  func trickleHonoured() throws {
    // A valid-looking answer that would take 15 s to arrive at this pace.
    let server = try FakeRDPServer { _ in
      .trickle(
        [
          0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, 0x02, 0x00, 0x08, 0x00, 0x01, 0x00, 0x00,
          0x00,
        ], milliseconds: 800)
    }
    let started = Date()
    let result = try doctor("full address:s:127.0.0.1:\(server.port)\n", timeout: "1")
    let elapsed = Date().timeIntervalSince(started)
    #expect(result.output.contains("timed out"), "\(result.output)")
    #expect(elapsed < 6, "took \(elapsed) s with a 1 s timeout")
  }

  @Test(
    "closed ports and usage errors (name resolution failures are tested with a scripted network, to keep every query on loopback)"
  )
  func unreachable() throws {
    let port = try Loopback.freePort()
    let closed = try doctor("full address:s:127.0.0.1:\(port)\n")
    #expect(closed.exitCode == .findings)
    #expect(closed.output.contains("error[port-closed] nothing accepts connections on 127.0.0.1:\(port)"))
    #expect(runTool(["doctor"]).exitCode == .usage)
    #expect(runTool(["doctor", "a.rdp", "--timeout", "0"]).exitCode == .usage)
    #expect(runTool(["doctor", "/nonexistent/a.rdp"]).exitCode == .failure)
  }
}

/// Crafted server answers for the fake server.
enum ScriptedBytes {
  static func selecting(_ protocols: UInt32) -> [UInt8] { X224.confirm(selecting: RDPProtocols(rawValue: protocols)) }

  static func failing(_ code: UInt32) -> [UInt8] { X224.confirm(refusing: code) }

  /// A TLS 1.2 server hello and a certificate message holding `certificate`.
  static func tls(certificate: [UInt8]) -> [UInt8] {
    let hello: [UInt8] = [0x03, 0x03] + [UInt8](repeating: 9, count: 32) + [0x00, 0xC0, 0x2F, 0x00, 0x00, 0x00]
    let list = u24(certificate.count) + certificate
    let handshake = [0x02] + u24(hello.count) + hello + [0x0B] + u24(list.count + 3) + u24(list.count) + list
    return [0x16, 0x03, 0x03, UInt8(handshake.count >> 8), UInt8(handshake.count & 0xFF)] + handshake
  }

  /// Handshake records of an unknown message type, to send forever.
  static let handshakeFiller: [UInt8] =
    [0x16, 0x03, 0x03, 0x40, 0x00, 0x04] + u24(0x3FFC) + [UInt8](repeating: 0, count: 0x3FFC)

  static func u24(_ value: Int) -> [UInt8] {
    [UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }
}
