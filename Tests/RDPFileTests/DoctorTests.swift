import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Doctor: negotiation, TLS reading and findings, against scripted servers")
struct DoctorTests {
  typealias Network = ScriptedNetwork

  /// The corpus signer certificate (CA-issued, names rdp-publisher.example.com, valid 100 years).
  static let signer: Certificate = SignatureInspection(try! KnownSignatures.document("signed-utf8.rdp")).signedData!
    .signerCertificate!
  /// The corpus test CA certificate (self-signed).
  static let authority: Certificate = {
    let pem = try! String(
      contentsOf: TestPaths.corpus.appendingPathComponent("signed-real/test-ca.pem"), encoding: .utf8)
    let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
    return try! Certificate(der: Base64.decode(body)!)
  }()
  static let during = CertificateTime(secondsSince1970: signer.notBefore.secondsSince1970 + 86_400)

  /// A server on 192.0.2.10:3389 that answers every request with `answer` and TLS with `tls`.
  func network(_ answer: @escaping @Sendable (RDPProtocols) -> [UInt8], tls: [UInt8] = [], silent: Bool = false)
    -> Network
  {
    var network = Network()
    network.names["rdp-publisher.example.com"] = .success(["192.0.2.10"])
    network.names["other.example.com"] = .success(["192.0.2.10"])
    network.servers["192.0.2.10:3389"] = Network.Server(
      negotiation: { [answer($0)] }, tls: tls.isEmpty ? [] : [tls], silent: silent)
    return network
  }

  func examine(_ text: String, on network: Network, at now: CertificateTime = during) -> DoctorReport {
    ConnectionDoctor(network: network, now: now, random: { [UInt8](repeating: 1, count: 32) }).examine(
      RDPDocument(text: text))
  }

  func codes(_ report: DoctorReport) -> [String] { report.findings.map(\.code) }

  static let tlsServer: @Sendable (RDPProtocols) -> [UInt8] = {
    $0.isEmpty ? Network.failing(1) : Network.selecting(.tls)
  }
  static let validTLS = Network.tlsAnswer(chain: [signer.der, authority.der])

  @Test("the Connection Request: TPKT, X.224 and the negotiation request, byte for byte")
  func connectionRequest() {
    #expect(
      X224.connectionRequest([.tls, .credSSP, .credSSPEx]) == [
        0x03, 0x00, 0x00, 0x13, 0x0E, 0xE0, 0, 0, 0, 0, 0, 0x01, 0x00, 0x08, 0x00, 0x0B, 0, 0, 0,
      ])
    #expect(X224.connectionRequest(.standardRDP).suffix(4) == [0, 0, 0, 0])
    #expect(RDPProtocols.requested(by: RDPDocument(text: "enablecredsspsupport:i:0\n").effective.connection) == [.tls])
    #expect(
      RDPProtocols.requested(by: RDPDocument(text: "full address:s:a\n").effective.connection) == [
        .tls, .credSSP, .credSSPEx,
      ])
  }

  @Test("Connection Confirms: selections, every failure code, no negotiation, disconnects")
  func confirms() {
    #expect(X224.outcome(of: Network.selecting(.tls)) == .selected(.tls))
    #expect(X224.outcome(of: Network.selecting([.tls, .credSSP])) == .selected([.tls, .credSSP]))
    let failures: [NegotiationFailure] = [
      .tlsRequired, .tlsNotAllowed, .certificateNotOnServer, .inconsistentFlags, .credSSPRequired,
      .tlsWithUserAuthenticationRequired,
    ]
    for (index, failure) in failures.enumerated() {
      #expect(X224.outcome(of: Network.failing(UInt32(index + 1))) == .refused(failure))
      #expect(failure.code == UInt32(index + 1))
    }
    #expect(X224.outcome(of: Network.failing(99)) == .refused(.unknown(99)))
    #expect(X224.outcome(of: [0x03, 0x00, 0x00, 0x0B, 0x06, 0xD0, 0, 0, 0x12, 0x34, 0]) == .noNegotiation)
    #expect(X224.outcome(of: [0x03, 0x00, 0x00, 0x0B, 0x06, 0x80, 0, 0, 0x12, 0x34, 0]) == .disconnected)
  }

  @Test("malformed confirms: not TPKT, impossible lengths, wrong codes, bad negotiation data")
  func malformedConfirms() {
    func isMalformed(_ outcome: NegotiationOutcome) -> Bool { if case .malformed = outcome { true } else { false } }
    for prefix in [
      Array("HTTP/1.1 400".utf8), [0x03, 0x00, 0xFF, 0xFF], [0x03, 0x00, 0x00, 0x05], [0x16, 0x03, 0x01, 0x00],
    ] {
      guard case .invalid(let outcome) = X224.frame(Array(prefix)) else {
        Issue.record("\(prefix) was accepted")
        continue
      }
      #expect(isMalformed(outcome))
    }
    #expect(X224.frame([0x03, 0x00]) == .needMore)
    var badIndicator = Network.selecting(.tls)
    badIndicator[4] = 0x20
    var wrongCode = Network.selecting(.tls)
    wrongCode[5] = 0xE0
    var badLength = Network.selecting(.tls)
    badLength[13] = 0x10
    var unknownType = Network.selecting(.tls)
    unknownType[11] = 0x07
    let shortNegotiation: [UInt8] = [0x03, 0x00, 0x00, 0x0F, 0x0A, 0xD0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x04, 0x00]
    for packet in [
      badIndicator, wrongCode, badLength, unknownType, shortNegotiation, [0x03, 0x00, 0x00, 0x07, 0x02, 0xD0, 0],
    ] {
      #expect(isMalformed(X224.outcome(of: packet)), "\(packet)")
    }
  }

  @Test("TLS: the chain from a server hello, TLS 1.3, alerts, byte-by-byte arrival, and hostile records")
  func tlsReading() {
    var reader = TLSReader()
    var outcome: TLSOutcome?
    for byte in Self.validTLS where outcome == nil { outcome = reader.feed([byte]) }
    guard case .certificates(let chain, let version, let cipher)? = outcome else {
      Issue.record("no certificates: \(String(describing: outcome))")
      return
    }
    #expect(chain.map(\.subject.commonName) == ["rdp-publisher.example.com", "rdpfile Test CA"])
    #expect(version == 0x0303 && cipher == 0xC02F)
    var reader13 = TLSReader()
    #expect(reader13.feed(Network.tlsAnswer(chain: [], tls13: true)) == .tls13)
    var alert = TLSReader()
    #expect(alert.feed([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]) == .alert(level: 2, description: 70))
    let hostile: [[UInt8]] = [
      Array("SSH-2.0-OpenSSH_9.2\r\n".utf8),
      [0x16, 0x03, 0x03, 0xFF, 0xFF],
      [0x16, 0x03, 0x03, 0x00, 0x04] + Network.message(11, [0x00, 0x00, 0x00]).prefix(4),
      [0x16, 0x03, 0x03, 0x00, 0x04, 0x02, 0xFF, 0xFF, 0xFF],
      [0x17, 0x03, 0x03, 0x00, 0x01, 0x00],
      [0x63, 0x03, 0x03, 0x00, 0x01, 0x00],
      Network.tlsAnswer(chain: [[0x30, 0x03, 0x02, 0x01, 0x01]]),
      Network.tlsAnswer(chain: [Array(Self.signer.der.prefix(100))]),
    ]
    for bytes in hostile {
      var hostileReader = TLSReader()
      let result = hostileReader.feed(bytes) ?? hostileReader.ended()
      guard case .malformed = result else {
        Issue.record("\(bytes.prefix(8)) gave \(result)")
        continue
      }
    }
    var flood = TLSReader()
    var floodOutcome: TLSOutcome?
    let filler: [UInt8] = [0x16, 0x03, 0x03, 0x40, 0x00] + Network.message(4, [UInt8](repeating: 0, count: 0x3FFC))
    for _ in 0..<40 where floodOutcome == nil { floodOutcome = flood.feed(filler) }
    #expect(floodOutcome == .malformed("more than \(TLSReader.byteLimit) bytes without a certificate"))
  }

  @Test("names that do not resolve, closed ports and silent servers block, and end within one step")
  func reachability() {
    let unresolved = examine("full address:s:nowhere.example.com\n", on: Network())
    #expect(codes(unresolved).first == "name-does-not-resolve")
    #expect(unresolved.verdict == .cannotConnect)
    #expect(unresolved.summary.contains("0x104"))
    var closed = Network()
    closed.names["rdp-publisher.example.com"] = .success(["192.0.2.10"])
    let refused = examine("full address:s:rdp-publisher.example.com:3390\n", on: closed)
    #expect(codes(refused).first == "port-closed")
    #expect(refused.verdict == .cannotConnect)
    var dropping = Network()
    dropping.names["rdp-publisher.example.com"] = .success(["192.0.2.10"])
    dropping.refusing["192.0.2.10:3389"] = .timedOut
    let timedOut = examine("full address:s:rdp-publisher.example.com\n", on: dropping)
    #expect(codes(timedOut).first == "unreachable")
    #expect(timedOut.findings[0].message.contains("0x108"))
    let silent = examine("full address:s:rdp-publisher.example.com\n", on: network(Self.tlsServer, silent: true))
    #expect(codes(silent).first == "silent-server")
    #expect(silent.negotiations.count == 1, "no more probes after a silent answer")
  }

  @Test(
    "CredSSP off against a server that requires NLA: cannot connect, and the fix (unsafe by definition: it changes the connection)"
  )
  func nlaRequired() {
    let nlaServer: @Sendable (RDPProtocols) -> [UInt8] = {
      $0.contains(.credSSP) ? Network.selecting(.credSSP) : Network.failing($0.isEmpty ? 1 : 5)
    }
    let report = examine(
      "full address:s:rdp-publisher.example.com\nenablecredsspsupport:i:0\n", on: network(nlaServer, tls: Self.validTLS)
    )
    let finding = report.findings[0]
    #expect(finding.code == "nla-required-but-credssp-off")
    #expect(finding.blocksConnection && finding.applicability == .unsafe && finding.rule == "RDP102")
    #expect(report.verdict == .cannotConnect)
    #expect(report.summary.contains("enablecredsspsupport:i:1"))
    // The same server with the file's CredSSP left on: it connects, and NLA is required.
    let good = examine("full address:s:rdp-publisher.example.com\n", on: network(nlaServer, tls: Self.validTLS))
    #expect(good.verdict == .connects, "\(good.findings)")
    #expect(codes(good).contains("server-requires-nla") && codes(good).contains("certificate-ok"))
  }

  @Test("every negotiation failure code in answer to the file's request becomes a finding")
  func everyFailureCode() {
    for code in UInt32(1)...6 {
      let report = examine("full address:s:rdp-publisher.example.com\n", on: network({ _ in Network.failing(code) }))
      #expect(report.findings.contains { $0.severity >= .warning }, "code \(code): \(codes(report))")
      #expect(report.verdict != .connects, "code \(code)")
    }
    let noCertificate = examine("full address:s:rdp-publisher.example.com\n", on: network({ _ in Network.failing(3) }))
    #expect(codes(noCertificate).first == "certificate-not-on-server")
  }

  @Test("a confirm that arrives together with what the server sends next is judged by the confirm alone")
  func confirmWithTrailingBytes() throws {
    // xrdp refuses standard RDP security and may send its next packet at once; on a loaded
    // machine both arrive in one read.
    let disconnect: [UInt8] = [0x03, 0x00, 0x00, 0x0B, 0x06, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00]
    let answer: @Sendable (RDPProtocols) -> [UInt8] = {
      $0.isEmpty ? Network.failing(1) + disconnect : Network.selecting(.tls) + disconnect
    }
    let report = examine("full address:s:rdp-publisher.example.com\n", on: network(answer))
    let outcomes = report.negotiations.map { "\($0.requested.rawValue): \($0.outcome)" }
    let legacy = try #require(report.negotiations.first { $0.requested.isEmpty }, "\(outcomes)")
    guard case .success(.refused(let failure)) = legacy.outcome else {
      Issue.record("standard RDP security: \(legacy.outcome)")
      return
    }
    #expect(failure == NegotiationFailure(code: 1))
    guard case .success(.selected(let selected)) = report.negotiations[0].outcome else {
      Issue.record("the file's request: \(report.negotiations[0].outcome)")
      return
    }
    #expect(selected == .tls)
  }

  @Test(
    "standard RDP security: refused by authentication level 1, a warning otherwise; no fallback without negotiation")
  func standardSecurity() {
    let legacy: @Sendable (RDPProtocols) -> [UInt8] = { _ in Network.selecting(.standardRDP) }
    let strict = examine("full address:s:rdp-publisher.example.com\nauthentication level:i:1\n", on: network(legacy))
    #expect(codes(strict).first == "standard-security-refused-by-file")
    #expect(strict.verdict == .cannotConnect)
    let lenient = examine("full address:s:rdp-publisher.example.com\nauthentication level:i:2\n", on: network(legacy))
    #expect(codes(lenient).first == "standard-security")
    #expect(lenient.verdict == .connectsAfterWarning)
    let onlyRDP: @Sendable (RDPProtocols) -> [UInt8] = {
      $0.isEmpty ? Network.selecting(.standardRDP) : Network.failing(2)
    }
    let noNegotiation = examine(
      "full address:s:rdp-publisher.example.com\nnegotiate security layer:i:0\n", on: network(onlyRDP))
    #expect(codes(noNegotiation).first == "tls-not-allowed-no-negotiation")
    #expect(noNegotiation.findings[0].applicability == nil)
    #expect(
      noNegotiation.findings[0].advice?.contains(
        "negotiate security layer:i:1 would connect without any server authentication (unsafe)") == true)
    let negotiating = examine("full address:s:rdp-publisher.example.com\n", on: network(onlyRDP))
    #expect(codes(negotiating).first == "standard-security")
    #expect(negotiating.findings[0].message.contains("falls back"))
  }

  @Test("certificate problems, each tied to what authentication level does with it")
  func certificateLevels() {
    let tls = network(Self.tlsServer, tls: Self.validTLS)
    let ok = examine("full address:s:rdp-publisher.example.com\nauthentication level:i:1\n", on: tls)
    #expect(ok.verdict == .connects, "\(codes(ok))")
    let cases: [(level: String, severity: Severity, blocks: Bool, prompts: Bool, verdict: DoctorReport.Verdict)] = [
      ("authentication level:i:0\n", .warning, false, false, .connects),
      ("authentication level:i:1\n", .error, true, false, .cannotConnect),
      ("authentication level:i:2\n", .warning, false, true, .connectsAfterWarning),
      ("", .warning, false, true, .connectsAfterWarning),
    ]
    for item in cases {
      let mismatch = examine("full address:s:other.example.com\n" + item.level, on: tls)
      let finding = mismatch.findings[0]
      #expect(finding.code == "certificate-name-mismatch", "\(codes(mismatch))")
      #expect(
        finding.severity == item.severity && finding.blocksConnection == item.blocks
          && finding.promptsUser == item.prompts, "\(item.level)")
      #expect(mismatch.verdict == item.verdict, "\(item.level)")
    }
    let expired = examine(
      "full address:s:rdp-publisher.example.com\n", on: tls,
      at: CertificateTime(secondsSince1970: Self.signer.notAfter.secondsSince1970 + 1))
    #expect(codes(expired).first == "certificate-expired")
    let early = examine(
      "full address:s:rdp-publisher.example.com\n", on: tls,
      at: CertificateTime(secondsSince1970: Self.signer.notBefore.secondsSince1970 - 1))
    #expect(codes(early).first == "certificate-not-yet-valid")
    let selfSigned = examine(
      "full address:s:rdp-publisher.example.com\n",
      on: network(Self.tlsServer, tls: Network.tlsAnswer(chain: [Self.authority.der])))
    #expect(codes(selfSigned).contains("certificate-self-signed"))
    let byIP = examine("full address:s:192.0.2.10\n", on: tls)
    #expect(byIP.findings[0].message.contains("(the file connects by IP address)"))
    #expect(codes(byIP).contains("target-is-ip-address"))
    let old = examine(
      "full address:s:rdp-publisher.example.com\n",
      on: network(Self.tlsServer, tls: Network.tlsAnswer(chain: [Self.signer.der], version: 0x0301)))
    #expect(codes(old).contains("old-tls"))
  }

  @Test("TLS 1.3-only servers: the certificate could not be read, and that is said")
  func tls13() {
    let hello13 = examine(
      "full address:s:rdp-publisher.example.com\n",
      on: network(Self.tlsServer, tls: Network.tlsAnswer(chain: [], tls13: true)))
    #expect(codes(hello13).contains("tls13-only"))
    let alert = examine(
      "full address:s:rdp-publisher.example.com\n",
      on: network(Self.tlsServer, tls: [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]))
    #expect(codes(alert).contains("tls13-only"))
  }

  @Test("gateways: an always-used gateway is the only endpoint contacted, and its certificate is checked strictly")
  func gateway() {
    var network = network(Self.tlsServer)
    network.names["gw.example.com"] = .success(["192.0.2.20"])
    network.servers["192.0.2.20:443"] = Network.Server(negotiation: { _ in [] }, tls: [Self.validTLS])
    let report = examine(
      "full address:s:ts.internal\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n", on: network)
    #expect(report.targetSkipped != nil && report.negotiations.isEmpty)
    let finding = report.findings[0]
    #expect(finding.code == "gateway-certificate-name-mismatch" && finding.blocksConnection)
    #expect(report.verdict == .cannotConnect)
    network.names["rdp-publisher.example.com"] = .success(["192.0.2.20"])
    let good = examine(
      "full address:s:ts.internal\ngatewayhostname:s:rdp-publisher.example.com\ngatewayusagemethod:i:1\n", on: network)
    #expect(good.verdict == .connects, "\(codes(good))")
    #expect(codes(good).contains("gateway-certificate-ok"))
    let unreachable = examine(
      "full address:s:ts.internal\ngatewayhostname:s:down.example.com\ngatewayusagemethod:i:1\n", on: network)
    #expect(codes(unreachable).first == "gateway-name-does-not-resolve")
  }

  @Test(
    "advice names only what addresses the finding: a gateway name that does not resolve is never sent to --use-ip, a closed port to no rule"
  )
  func adviceFits() {
    var unresolved = network(Self.tlsServer, tls: Self.validTLS)
    unresolved.names["gw.example.com"] = .failure(.doesNotResolve("Name or service not known"))
    let gateway = examine(
      "full address:s:rdp-publisher.example.com\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n",
      on: unresolved)
    let finding = gateway.findings.first { $0.code == "gateway-name-does-not-resolve" }
    #expect(finding != nil, "\(codes(gateway))")
    #expect(finding?.advice?.contains("--use-ip") == false, "\(finding?.advice ?? "")")
    #expect(finding?.advice?.contains("gatewayhostname") == true)
    #expect(finding?.rule == nil)

    var closed = Network()
    closed.names["rdp-publisher.example.com"] = .success(["192.0.2.10"])
    let port = examine("full address:s:rdp-publisher.example.com\n", on: closed)
    let refused = port.findings.first { $0.code == "port-closed" }
    #expect(refused != nil, "\(codes(port))")
    #expect(refused?.rule == nil, "a closed port is no rule's finding")
    #expect(refused?.advice?.contains("server port") == true)
  }

  @Test("reports render as text without control characters and as JSON that parses")
  func rendering() throws {
    let report = examine("full address:s:bad\u{1B}[31m.example.com\n", on: network(Self.tlsServer, tls: Self.validTLS))
    let text = DoctorRenderer(path: "evil\u{7}.rdp").text(report)
    #expect(!text.unicodeScalars.contains { $0 != "\n" && TextEscaper.needsEscape($0) })
    #expect(text.contains("bad\\u{1B}[31m.example.com"))
    let good = examine("full address:s:rdp-publisher.example.com\n", on: network(Self.tlsServer, tls: Self.validTLS))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(DoctorRenderer(path: "a.rdp").json(good).rendered().utf8))
        as? [String: Any])
    #expect(json["verdict"] as? String == "connects")
    let negotiations = try #require(json["negotiations"] as? [[String: Any]])
    #expect(negotiations.first?["fileRequest"] as? Bool == true)
    #expect(negotiations.first?["selected"] as? String == "tls")
    let target = try #require(json["target"] as? [String: Any])
    let chain = try #require((target["tls"] as? [String: Any])?["chain"] as? [[String: Any]])
    #expect(chain.first?["dnsNames"] as? [String] == ["rdp-publisher.example.com", "*.rdp.example.com"])
  }
}
