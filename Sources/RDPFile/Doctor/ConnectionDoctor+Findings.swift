extension ConnectionDoctor {
  /// Turns what the probes saw into findings about the file.
  func findings(_ report: DoctorReport, connection: Connection) -> [DoctorFinding] {
    var found: [DoctorFinding] = []
    if let target = report.target {
      if report.targetSkipped == nil {
        found += reachability(target, gateway: false)
        found += negotiation(report.negotiations, connection: connection)
        if let tls = target.tls { found += certificate(tls, host: target.host, connection: connection, gateway: false) }
      }
      if target.connected != nil || report.targetSkipped != nil, IPAddress.bytes(of: target.host) != nil {
        found.append(
          DoctorFinding(
            "target-is-ip-address", .info,
            "the file connects to the IP address \(target.host): Windows then uses NTLM instead of Kerberos, and no certificate issued to a name can match",
            advice:
              "use the server's DNS name once name resolution works (a change to the connection, so unsafe to do blindly: the name must resolve to this server)",
            applicability: .unsafe, rule: "RDP202"))
      }
    } else {
      found.append(
        DoctorFinding(
          "no-address", .error,
          "the file names no server (full address is missing or empty), so there is nothing to connect to",
          advice: "set full address to the server's DNS name", blocks: true, rule: "RDP201"))
    }
    if let gateway = report.gateway {
      found += reachability(gateway, gateway: true)
      if let tls = gateway.tls { found += certificate(tls, host: gateway.host, connection: connection, gateway: true) }
    }
    return found.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }.map(
      \.element)
  }

  /// Resolution and TCP findings for the target or the gateway, with the error code the client
  /// shows (the gateway's failures all end in 0x300000C).
  private func reachability(_ endpoint: DoctorReport.Endpoint, gateway: Bool) -> [DoctorFinding] {
    let name = "\(TextEscaper.brief(endpoint.host)):\(endpoint.port)"
    let role = gateway ? "the gateway" : "the server"
    let prefix = gateway ? "gateway-" : ""
    let codes =
      gateway
      ? (dns: "0x300000C", refused: "0x300000C", timeout: "0x300000C")
      : (dns: "0x104", refused: "0x204", timeout: "0x108")
    if let error = endpoint.resolutionError {
      return [
        DoctorFinding(
          "\(prefix)name-does-not-resolve", .error,
          "\(role) \(TextEscaper.brief(endpoint.host)) \(error): the client stops with error \(codes.dns)",
          advice: gateway
            ? "fix the gateway name in gatewayhostname or its DNS record (a gateway is always reached by name: its TLS certificate is checked against it)"
            : "fix the name or its DNS record; connecting by IP address (rdpfile fix --use-ip) only works around it and costs Kerberos and certificate checks",
          blocks: true, rule: gateway ? nil : "RDP202")
      ]
    }
    guard let error = endpoint.connectionError else { return [] }
    switch error {
    case .refused:
      return [
        DoctorFinding(
          "\(prefix)port-closed", .error,
          "nothing accepts connections on \(name) (\(role)): the client stops with error \(codes.refused)",
          advice: gateway
            ? "check the port in gatewayhostname (443 when none is given) and that the gateway runs and the firewall lets it through"
            : "check the port in the file (server port, or the :port in the address) and that the service runs and the firewall lets it through",
          blocks: true)
      ]
    default:
      return [
        DoctorFinding(
          "\(prefix)unreachable", .error,
          "\(role) \(name) cannot be reached (\(error)): the client gives up with error \(codes.timeout)",
          advice: "check that the host is up and that no firewall drops the port", blocks: true)
      ]
    }
  }

  /// What the server's answers to the file's request and the other probes mean for the file.
  private func negotiation(_ negotiations: [DoctorReport.Negotiation], connection: Connection) -> [DoctorFinding] {
    guard let file = negotiations.first(where: \.isFileRequest) else { return [] }
    var found = [fileRequestFinding(file.outcome, connection: connection)]
    func answer(to protocols: RDPProtocols) -> NegotiationOutcome? {
      guard case .success(let outcome)? = negotiations.first(where: { $0.requested == protocols })?.outcome else {
        return nil
      }
      return outcome
    }
    let credSSPOff = !connection.credSSP
    // What the other probes say about the server itself.
    if let legacy = answer(to: .standardRDP), legacy.protocols == .standardRDP, !file.requested.isEmpty {
      found.append(
        DoctorFinding(
          "server-allows-standard-security", .warning,
          "the server also accepts standard RDP security, which does not authenticate it: a man in the middle can steer negotiating clients to it",
          advice: "on the server, require TLS or NLA (security layer SSL, or negotiate with NLA required)"))
    }
    if let tlsOnly = answer(to: [.tls]), case .refused(.credSSPRequired) = tlsOnly, !credSSPOff {
      found.append(
        DoctorFinding(
          "server-requires-nla", .info,
          "the server requires Network Level Authentication; the file keeps CredSSP on, as it must"))
    } else if let tlsOnly = answer(to: [.tls]), tlsOnly.protocols?.contains(.tls) == true {
      found.append(
        DoctorFinding(
          "nla-not-required", .info,
          "the server accepts TLS without Network Level Authentication, so it shows its logon screen to anyone before they authenticate"
        ))
    }
    let withCredSSP = answer(to: [.tls, .credSSP, .credSSPEx])?.protocols
    if let withCredSSP, !withCredSSP.contains(.credSSP), !withCredSSP.contains(.credSSPEx), withCredSSP.contains(.tls) {
      found.append(
        DoctorFinding(
          "server-without-nla", .info,
          "the server does not offer Network Level Authentication (asked for CredSSP, it selects TLS)"))
    }
    return found
  }

  /// What the answer to the file's own request means for the file.
  private func fileRequestFinding(_ outcome: Result<NegotiationOutcome, ProbeError>, connection: Connection)
    -> DoctorFinding
  {
    switch outcome {
    case .failure(let error):
      return DoctorFinding(
        "silent-server", .error,
        "the server accepted the connection but did not answer the security negotiation (\(error)): this is not an RDP server, or it is stuck",
        advice: "check that the port is the Remote Desktop port", blocks: true)
    case .success(.selected(let protocols)) where protocols.usesTLS:
      return DoctorFinding(
        "negotiated", .info,
        "the server selects \(protocols) for the file's request (\(RDPProtocols.requested(by: connection)))")
    case .success(.selected), .success(.noNegotiation):
      return standardSecurity(connection)
    case .success(.refused(.credSSPRequired)) where !connection.credSSP:
      return DoctorFinding(
        "nla-required-but-credssp-off", .error,
        "the server requires Network Level Authentication and the file turns CredSSP off (enablecredsspsupport:i:0): this file cannot connect; Windows shows error 0xB09 (the remote computer requires NLA)",
        advice:
          "set enablecredsspsupport:i:1 (rdpfile fix --secure-defaults), which restores NLA: it changes the connection (unsafe by rdpfile's definition), here from one that cannot work to one that can",
        applicability: .unsafe,
        blocks: true, rule: "RDP102")
    case .success(.refused(.tlsNotAllowed)) where connection.negotiateSecurityLayer:
      return standardSecurity(connection, fallback: true)
    case .success(.refused(.tlsNotAllowed)):
      return DoctorFinding(
        "tls-not-allowed-no-negotiation", .error,
        "the server speaks only standard RDP security and the file turns negotiation off (negotiate security layer:i:0), so the client will not fall back: this file cannot connect",
        advice:
          "fix the server (set its security layer to negotiate or TLS and give it a certificate); negotiate security layer:i:1 would connect without any server authentication (unsafe)",
        blocks: true, rule: "RDP104")
    case .success(.refused(.certificateNotOnServer)):
      return DoctorFinding(
        "certificate-not-on-server", .error,
        "the server has no usable TLS certificate (SSL_CERT_NOT_ON_SERVER): TLS and NLA both fail, and no setting in the file repairs that",
        advice:
          "fix the server: renew or re-bind its Remote Desktop certificate, and check the permissions on its private key",
        blocks: true)
    case .success(.refused(let failure)):
      return DoctorFinding(
        "negotiation-refused", .error,
        "the server refuses the file's request: \(failure) (\(failure.name)): this file cannot connect",
        advice: failure == .tlsWithUserAuthenticationRequired
          ? "the server wants a client certificate (smart card); that is set up on the client, not in the file" : nil,
        blocks: true)
    case .success(.disconnected):
      return DoctorFinding(
        "server-disconnected", .error,
        "the server answered the security negotiation by disconnecting: this file cannot connect", blocks: true)
    case .success(.malformed(let reason)):
      return DoctorFinding(
        "not-rdp", .error,
        "the answer is not RDP: \(TextEscaper.brief(reason, limit: 120)); is this the Remote Desktop port?",
        advice: "check the port in the file (server port, or the :port in the address)", blocks: true, rule: "RDP206")
    }
  }

  private func standardSecurity(_ connection: Connection, fallback: Bool = false) -> DoctorFinding {
    let how = fallback ? "the server refuses TLS, so the client falls back to" : "the server selects"
    if connection.authenticationLevel == 1 {
      return DoctorFinding(
        "standard-security-refused-by-file", .error,
        "\(how) standard RDP security, which cannot authenticate the server, and authentication level 1 refuses such servers: this file cannot connect",
        advice:
          "on the server, set the security layer to TLS or negotiate, with a certificate; lowering authentication level would connect without knowing who answers (unsafe)",
        blocks: true, rule: "RDP101")
    }
    return DoctorFinding(
      "standard-security", .warning,
      "\(how) standard RDP security: the connection is encrypted but nothing proves who the server is, and there is no certificate for authentication level to check",
      advice: "on the server, set the security layer to TLS or negotiate and give it a certificate",
      prompts: connection.authenticationLevel >= 2,
      rule: "RDP101")
  }

  /// Certificate findings, each tied to what `authentication level` does with it (the gateway's
  /// certificate is always checked strictly).
  private func certificate(_ outcome: TLSOutcome, host: String, connection: Connection, gateway: Bool)
    -> [DoctorFinding]
  {
    let prefix = gateway ? "gateway-" : ""
    let whose = gateway ? "the gateway's certificate" : "the server's certificate"
    switch outcome {
    case .tls13:
      return [
        DoctorFinding(
          "\(prefix)tls13-only", .info,
          "\(gateway ? "the gateway" : "the server") answers only with TLS 1.3, where the certificate is encrypted: it could not be read without logging in, so its checks were skipped"
        )
      ]
    case .alert(_, 70):
      return [
        DoctorFinding(
          "\(prefix)tls13-only", .info,
          "\(gateway ? "the gateway" : "the server") refuses TLS 1.2 (protocol_version alert), so it speaks only TLS 1.3, where the certificate is encrypted: it could not be read without logging in, so its checks were skipped"
        )
      ]
    case .alert(_, let description):
      return [
        DoctorFinding(
          "\(prefix)tls-refused", .warning,
          "\(gateway ? "the gateway" : "the server") ended the TLS handshake with \(TLSOutcome.alertName(description)): it may require TLS 1.3 or ciphers the doctor does not offer, so its certificate could not be read"
        )
      ]
    case .noCertificate:
      return [
        DoctorFinding(
          "\(prefix)no-certificate", .warning,
          "\(gateway ? "the gateway" : "the server") completed its TLS hello without sending a certificate")
      ]
    case .malformed(let reason):
      return [
        DoctorFinding(
          "\(prefix)tls-malformed", .error,
          "the TLS handshake could not be followed: \(TextEscaper.brief(reason, limit: 120)); a client cannot complete it either, so this file cannot connect",
          advice:
            "check the \(gateway ? "gateway" : "server")'s TLS set-up (is something else answering on this port?)",
          blocks: true)
      ]
    case .certificates(let chain, let version, _):
      var found: [DoctorFinding] = []
      let leaf = chain[0]
      if version < 0x0303 {
        found.append(
          DoctorFinding(
            "\(prefix)old-tls", .warning,
            "\(gateway ? "the gateway" : "the server") chose \(TLSOutcome.versionName(version)), which current clients disable",
            advice: "enable TLS 1.2 on the server"))
      }
      var problems: [(code: String, text: String)] = []
      if now > leaf.notAfter {
        problems.append(("certificate-expired", "\(whose) expired on \(leaf.notAfter)"))
      } else if now < leaf.notBefore {
        problems.append(
          ("certificate-not-yet-valid", "\(whose) is not valid before \(leaf.notBefore) (check the clocks)"))
      }
      if leaf.isSelfIssued {
        problems.append(
          (
            "certificate-self-signed",
            "\(whose) is self-signed (\(leaf.subject)), so no client trusts it unless it was installed by hand"
          ))
      }
      if !leaf.matches(host: host) {
        let names = (leaf.dnsNames + leaf.ipAddresses).prefix(4).joined(separator: ", ")
        let listed = names.isEmpty ? (leaf.subject.commonName ?? "no name") : names
        problems.append(
          (
            "certificate-name-mismatch",
            "\(whose) is for \(TextEscaper.brief(listed, limit: 100)), not \(TextEscaper.brief(host))"
              + (IPAddress.bytes(of: host) != nil && !gateway ? " (the file connects by IP address)" : "")
          ))
      }
      for problem in problems {
        found.append(
          gateway ? gatewayCertificate(problem) : serverCertificate(problem, connection: connection, host: host))
      }
      if problems.isEmpty {
        found.append(
          DoctorFinding(
            "\(prefix)certificate-ok", .info,
            "\(whose) names \(TextEscaper.brief(host)) and is valid until \(leaf.notAfter) (issued by \(leaf.issuer); whether the client trusts that issuer is not checked here)"
          ))
      }
      return found
    }
  }

  private func serverCertificate(_ problem: (code: String, text: String), connection: Connection, host: String)
    -> DoctorFinding
  {
    let serverFix =
      problem.code == "certificate-name-mismatch" && IPAddress.bytes(of: host) != nil
      ? "connect by the name the certificate carries (undo --use-ip), or give the server a certificate for that name"
      : "give the server a certificate from a CA the clients trust, for the name in the file, and keep it renewed"
    switch connection.authenticationLevel {
    case 0:
      return DoctorFinding(
        problem.code, .warning,
        "\(problem.text); with authentication level 0 the client connects without a word, so an impostor would not be noticed either",
        advice: serverFix
          + "; then set authentication level:i:2 so that a bad certificate is no longer accepted in silence (unsafe: users then see a warning)",
        applicability: .unsafe, rule: "RDP101")
    case 1:
      return DoctorFinding(
        problem.code, .error,
        "\(problem.text); with authentication level 1 the client refuses to connect: this file cannot connect",
        advice: serverFix + "; lowering authentication level would connect without verifying the server (unsafe)",
        blocks: true, rule: "RDP106")
    default:
      return DoctorFinding(
        problem.code, .warning,
        "\(problem.text); with authentication level \(connection.authenticationLevel)\(connection.authenticationLevelIsSet ? "" : " (the default)") the user sees a certificate warning and has to decide whether to trust it",
        advice: serverFix, prompts: true, rule: "RDP101")
    }
  }

  private func gatewayCertificate(_ problem: (code: String, text: String)) -> DoctorFinding {
    let code =
      problem.code == "certificate-name-mismatch"
      ? "0x3000003" : problem.code == "certificate-expired" ? "0x3000006" : "0x3000007"
    return DoctorFinding(
      "gateway-" + problem.code, .error,
      "\(problem.text): clients refuse a gateway they cannot verify, whatever authentication level says (error \(code)): this file cannot connect",
      advice: "give the gateway a valid certificate from a trusted CA for the name in gatewayhostname", blocks: true,
      rule: "RDP304")
  }

  /// The verdict and the summary sentence.
  func verdict(_ report: DoctorReport) -> (DoctorReport.Verdict, String) {
    if let blocking = report.findings.first(where: \.blocksConnection) {
      var text = "This file will not connect: \(blocking.message)."
      if let advice = blocking.advice {
        text += " Fix: \(advice)\(blocking.applicability.map { $0 == .unsafe ? " [unsafe]" : " [safe]" } ?? "")."
      }
      return (.cannotConnect, text)
    }
    let checkedSomething =
      report.negotiations.contains { if case .success = $0.outcome { true } else { false } }
      || report.gateway?.tls != nil
    guard checkedSomething else { return (.unknown, "The doctor could not tell whether this file connects.") }
    if let prompt = report.findings.first(where: \.promptsUser) {
      return (
        .connectsAfterWarning,
        "This file connects, but the user first sees a warning: \(prompt.message)."
          + (prompt.advice.map { " Fix: \($0)." } ?? "")
      )
    }
    var text = "As far as the first bytes tell, this file connects (the logon itself was not tried)."
    if let skipped = report.targetSkipped { text += " The target was not contacted: \(skipped)." }
    if let warning = report.findings.first(where: { $0.severity == .warning }) { text += " Still: \(warning.message)." }
    return (.connects, text)
  }
}
