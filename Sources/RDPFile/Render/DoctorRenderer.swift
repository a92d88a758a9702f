/// Renders what `rdpfile doctor` prints: each step, the findings and the verdict, as text or
/// as JSON (the shape the README documents). Everything that came from the file or the server
/// is escaped.
package struct DoctorRenderer: Sendable {
  /// The file name shown in the output.
  package var path: String

  /// Creates a renderer.
  package init(path: String) {
    self.path = path
  }

  /// The human-readable report.
  package func text(_ report: DoctorReport) -> String {
    var lines = ["doctor: \(TextEscaper.escape(path))"]
    func row(_ label: String, _ value: String) {
      lines.append("  \(label)\(String(repeating: " ", count: max(1, 10 - label.count)))\(value)")
    }
    if let target = report.target {
      endpointRows(target, role: "target", row: row)
      if let skipped = report.targetSkipped { row("skipped", skipped) }
    }
    for (index, negotiation) in report.negotiations.enumerated() {
      let label = index == 0 ? "negotiate" : ""
      let who = negotiation.isFileRequest ? "  (what the file asks for)" : ""
      row(label, "\(negotiation.requested) → \(Self.describe(negotiation.outcome))\(who)")
    }
    if let tls = report.target?.tls { row("tls", Self.describe(tls)) }
    if let gateway = report.gateway {
      endpointRows(gateway, role: "gateway", row: row)
      if let tls = gateway.tls { row("tls", Self.describe(tls)) }
    }
    lines.append("")
    lines.append(report.findings.isEmpty ? "no findings" : "findings:")
    for finding in report.findings {
      lines.append("  \(finding.severity.rawValue)[\(finding.code)] \(TextEscaper.escape(finding.message))")
      if let advice = finding.advice {
        let safety = finding.applicability.map { " (\($0 == .safe ? "safe" : "unsafe"))" } ?? ""
        lines.append("    fix: \(TextEscaper.escape(advice))\(safety)")
      }
      if let rule = finding.rule { lines.append("    more: rdpfile explain \(rule)") }
    }
    lines.append("")
    lines.append("verdict: \(report.verdict.rawValue.replacingDashes)")
    lines.append("  \(TextEscaper.escape(report.summary))")
    return lines.joined(separator: "\n") + "\n"
  }

  private func endpointRows(_ endpoint: DoctorReport.Endpoint, role: String, row: (String, String) -> Void) {
    row(role, "\(TextEscaper.brief(endpoint.host)) port \(endpoint.port)")
    if let error = endpoint.resolutionError {
      row("resolve", "\(TextEscaper.brief(endpoint.host)) \(error)")
      return
    }
    if IPAddress.bytes(of: endpoint.host) == nil, !endpoint.addresses.isEmpty {
      row("resolve", endpoint.addresses.joined(separator: ", "))
    }
    if let connected = endpoint.connected {
      row("connect", "\(connected.address) port \(endpoint.port): open in \(connected.milliseconds) ms")
    } else if let error = endpoint.connectionError {
      row("connect", "port \(endpoint.port): \(error)")
    }
  }

  static func describe(_ outcome: Result<NegotiationOutcome, ProbeError>) -> String {
    switch outcome {
    case .failure(let error): return "no answer (\(error))"
    case .success(.selected(let protocols)): return "selects \(protocols)"
    case .success(.noNegotiation): return "no negotiation (standard RDP security)"
    case .success(.refused(let failure)): return "refused: \(failure) (\(failure.name))"
    case .success(.disconnected): return "disconnects"
    case .success(.malformed(let reason)): return "not RDP: \(TextEscaper.brief(reason, limit: 100))"
    }
  }

  static func describe(_ outcome: TLSOutcome) -> String {
    switch outcome {
    case .certificates(let chain, let version, _):
      let leaf = chain[0]
      let names = (leaf.dnsNames + leaf.ipAddresses).map { TextEscaper.brief($0, limit: 60) }.prefix(6).joined(
        separator: ", ")
      return "\(TLSOutcome.versionName(version)); certificate \(leaf.subject), issued by \(leaf.issuer)"
        + "\(leaf.isSelfIssued ? " (self-signed)" : ""), valid \(leaf.notBefore) to \(leaf.notAfter)\(names.isEmpty ? "" : ", names \(names)")"
    case .tls13: return "TLS 1.3 only: the certificate is encrypted and could not be read"
    case .alert(_, let description): return "refused with the TLS alert \(TLSOutcome.alertName(description))"
    case .noCertificate: return "no certificate sent"
    case .malformed(let reason): return "could not be followed: \(TextEscaper.brief(reason, limit: 100))"
    }
  }

  /// The machine-readable report.
  package func json(_ report: DoctorReport) -> JSONValue {
    var members: [(String, JSONValue)] = [("version", 1), ("file", .string(path))]
    members.append(("target", report.target.map(endpoint) ?? .null))
    members.append(("targetSkipped", .optional(report.targetSkipped)))
    members.append(("negotiations", .array(report.negotiations.map(negotiation))))
    members.append(("gateway", report.gateway.map(endpoint) ?? .null))
    members.append(
      (
        "findings",
        .array(
          report.findings.map { finding in
            .object([
              ("code", .string(finding.code)), ("severity", .string(finding.severity.rawValue)),
              ("message", .string(finding.message)),
              ("advice", .optional(finding.advice)),
              ("applicability", .optional(finding.applicability.map { $0 == .safe ? "safe" : "unsafe" })),
              ("blocksConnection", .bool(finding.blocksConnection)), ("promptsUser", .bool(finding.promptsUser)),
              ("rule", .optional(finding.rule)),
            ])
          })
      ))
    members.append(("verdict", .string(report.verdict.rawValue)))
    members.append(("summary", .string(report.summary)))
    return .object(members)
  }

  private func endpoint(_ endpoint: DoctorReport.Endpoint) -> JSONValue {
    .object([
      ("host", .string(endpoint.host)), ("port", .int(endpoint.port)),
      ("addresses", .array(endpoint.addresses.map(JSONValue.string))),
      ("resolutionError", .optional(endpoint.resolutionError?.description)),
      (
        "connected",
        endpoint.connected.map { .object([("address", .string($0.address)), ("milliseconds", .int($0.milliseconds))]) }
          ?? .null
      ),
      (
        "connectionError",
        endpoint.connectionError.map { .object([("code", .string($0.code)), ("message", .string($0.description))]) }
          ?? .null
      ),
      ("tls", endpoint.tls.map(tls) ?? .null),
    ])
  }

  private func negotiation(_ negotiation: DoctorReport.Negotiation) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("requested", .string(negotiation.requested.code)), ("fileRequest", .bool(negotiation.isFileRequest)),
    ]
    switch negotiation.outcome {
    case .failure(let error): members += [("result", "no-answer"), ("detail", .string(error.description))]
    case .success(.selected(let protocols)): members += [("result", "selected"), ("selected", .string(protocols.code))]
    case .success(.noNegotiation): members += [("result", "selected"), ("selected", "rdp")]
    case .success(.refused(let failure)):
      members += [("result", "refused"), ("failureCode", .int(Int(failure.code))), ("failure", .string(failure.name))]
    case .success(.disconnected): members += [("result", "disconnected")]
    case .success(.malformed(let reason)): members += [("result", "malformed"), ("detail", .string(reason))]
    }
    return .object(members)
  }

  private func tls(_ outcome: TLSOutcome) -> JSONValue {
    switch outcome {
    case .certificates(let chain, let version, let cipher):
      return .object([
        ("result", "certificate"), ("version", .string(TLSOutcome.versionName(version))),
        ("cipherSuite", .int(Int(cipher))),
        ("chain", .array(chain.map(certificate))),
      ])
    case .tls13: return .object([("result", "tls13-only")])
    case .alert(let level, let description):
      return .object([
        ("result", "alert"), ("level", .int(Int(level))), ("description", .string(TLSOutcome.alertName(description))),
      ])
    case .noCertificate: return .object([("result", "no-certificate")])
    case .malformed(let reason): return .object([("result", "malformed"), ("detail", .string(reason))])
    }
  }

  private func certificate(_ certificate: Certificate) -> JSONValue {
    .object([
      ("subject", .string(certificate.subject.description)), ("issuer", .string(certificate.issuer.description)),
      ("serialNumber", .string(certificate.serialNumber)), ("notBefore", .string(certificate.notBefore.description)),
      ("notAfter", .string(certificate.notAfter.description)), ("selfSigned", .bool(certificate.isSelfIssued)),
      ("dnsNames", .array(certificate.dnsNames.map(JSONValue.string))),
      ("ipAddresses", .array(certificate.ipAddresses.map(JSONValue.string))),
      ("signatureAlgorithm", .string(certificate.signatureAlgorithm)),
    ])
  }
}

extension String {
  /// The text with dashes as spaces (`cannot-connect` → `cannot connect`).
  fileprivate var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
