/// Checks a connection file against the real server without logging in: name resolution, the
/// TCP port, the RDP security negotiation (the file's own request and the other combinations),
/// and the TLS certificate, which TLS 1.2 shows before any key is agreed; the same for the
/// gateway. It contacts only the host and gateway the file names, through ``network``.
package struct ConnectionDoctor: Sendable {
  /// How the doctor reaches the network.
  package var network: any ProbeNetwork
  /// The moment certificates are judged at.
  package var now: CertificateTime
  /// Where the client random of a ClientHello comes from (fixed in tests).
  package var random: @Sendable () -> [UInt8]

  /// A doctor over `network`, judging certificates at `now`.
  package init(
    network: any ProbeNetwork, now: CertificateTime, random: @escaping @Sendable () -> [UInt8] = Self.systemRandom
  ) {
    self.network = network
    self.now = now
    self.random = random
  }

  /// 32 bytes from the system's generator (the random is public in TLS; nothing secret rests on it).
  package static let systemRandom: @Sendable () -> [UInt8] = {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
  }

  /// Examines one file.
  package func examine(_ document: RDPDocument) -> DoctorReport {
    let connection = document.effective.connection
    var report = DoctorReport()
    let gateway = connection.gateway.flatMap { $0.isUsed && !$0.host.isEmpty ? $0 : nil }
    if let host = connection.host, !host.isEmpty {
      var target = DoctorReport.Endpoint(host: host, port: connection.port)
      if gateway?.usageMethod == 1 {
        report.targetSkipped = "the file always connects through its gateway, so the target is reached only from there"
      } else {
        report.negotiations = probeTarget(&target, connection: connection)
      }
      report.target = target
    }
    if let gateway {
      var endpoint = DoctorReport.Endpoint(host: gateway.host, port: gateway.port)
      if let opened = open(&endpoint) {
        endpoint.tls = handshake(opened, serverName: gateway.host)
        opened.close()
      }
      report.gateway = endpoint
    }
    report.findings = findings(report, connection: connection)
    (report.verdict, report.summary) = verdict(report)
    return report
  }

  // MARK: Steps

  /// Resolves and connects; `nil` (with the reason in `endpoint`) when no connection opens.
  private func open(_ endpoint: inout DoctorReport.Endpoint) -> (any ProbeConnection)? {
    if endpoint.addresses.isEmpty {
      if IPAddress.bytes(of: endpoint.host) != nil {
        endpoint.addresses = [endpoint.host]
      } else {
        switch network.resolve(endpoint.host) {
        case .success(let addresses) where !addresses.isEmpty: endpoint.addresses = addresses
        case .success: endpoint.resolutionError = .doesNotResolve("no addresses")
        case .failure(let error): endpoint.resolutionError = error
        }
      }
    }
    var firstError: ProbeError?
    for address in endpoint.addresses.prefix(4) {
      switch network.connect(to: address, port: endpoint.port) {
      case .success(let opened):
        endpoint.connected = (address, opened.milliseconds)
        endpoint.connectionError = nil
        return opened.connection
      case .failure(let error):
        firstError = firstError ?? error
      }
    }
    if endpoint.resolutionError == nil { endpoint.connectionError = firstError }
    return nil
  }

  /// The file's own request (with the TLS handshake when it selects TLS), then the other
  /// combinations, each on a connection of its own.
  private func probeTarget(_ target: inout DoctorReport.Endpoint, connection: Connection) -> [DoctorReport.Negotiation]
  {
    let fileRequest = RDPProtocols.requested(by: connection)
    var requests = [fileRequest]
    for other in [RDPProtocols.standardRDP, [.tls], [.tls, .credSSP, .credSSPEx]] where !requests.contains(other) {
      requests.append(other)
    }
    var negotiations: [DoctorReport.Negotiation] = []
    for (index, request) in requests.enumerated() {
      guard let opened = open(&target) else {
        if index == 0 { return [] }
        break
      }
      defer { opened.close() }
      let outcome = negotiate(request, over: opened)
      negotiations.append(DoctorReport.Negotiation(requested: request, isFileRequest: index == 0, outcome: outcome))
      switch outcome {
      case .success(let answer) where answer.protocols?.usesTLS == true:
        if target.tls == nil { target.tls = handshake(opened, serverName: target.host) }
      case .failure, .success(.malformed):
        // Not an RDP server that answers: more probes would only wait as long again.
        if index == 0 { return negotiations }
      default:
        break
      }
    }
    return negotiations
  }

  /// Sends a Connection Request and reads the Confirm.
  private func negotiate(_ protocols: RDPProtocols, over connection: any ProbeConnection) -> Result<
    NegotiationOutcome, ProbeError
  > {
    do throws(ProbeError) {
      connection.startStep()
      try connection.send(X224.connectionRequest(protocols))
      var packet: [UInt8] = []
      while true {
        switch X224.frame(packet) {
        case .invalid(let outcome): return .success(outcome)
        case .length(let length) where packet.count >= length: return .success(X224.outcome(of: packet))
        default: break
        }
        // Never more than the confirm: the header first, then the length it gives. What the
        // server sends next (a disconnect after a refusal, records after the handshake) stays
        // unread, however the bytes happen to arrive.
        let wanted: Int
        if case .length(let length) = X224.frame(packet) {
          wanted = length - packet.count
        } else {
          wanted = 4 - packet.count
        }
        let chunk = try connection.receive(maximum: wanted)
        if chunk.isEmpty {
          return .success(
            .malformed(
              packet.isEmpty
                ? "the server closed the connection without answering" : "the server closed the connection mid-answer"))
        }
        packet += chunk
      }
    } catch {
      return .failure(error)
    }
  }

  /// Sends a ClientHello and reads up to the certificate.
  private func handshake(_ connection: any ProbeConnection, serverName: String) -> TLSOutcome {
    var reader = TLSReader()
    do throws(ProbeError) {
      connection.startStep()
      try connection.send(TLSClientHello.record(serverName: serverName, random: random()))
      while true {
        let chunk = try connection.receive(maximum: 16 * 1024)
        if chunk.isEmpty { return reader.ended() }
        if let outcome = reader.feed(chunk) { return outcome }
      }
    } catch {
      return .malformed(
        error == .timedOut
          ? "the server stopped answering during the TLS handshake" : "the TLS handshake failed: \(error)")
    }
  }
}
