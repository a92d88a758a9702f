/// Triages connection files for a security team: everything offline, from the file alone (and
/// OpenSSL, through the signature verifier, for signatures and thumbprints).
public struct Triage: Sendable {
  /// What the organisation counts as its own.
  public let policy: TriagePolicy
  private let linter: Linter

  /// A triage under `policy` (with the triage rules on), checking signatures with
  /// `signatureVerifier` when there is one, and certificates' validity at `now`.
  public init(policy: TriagePolicy, signatureVerifier: (any SignatureVerifier)? = nil, now: CertificateTime? = nil) {
    var policy = policy
    policy.isEnabled = true
    self.policy = policy
    linter = Linter(signatureVerifier: signatureVerifier, now: now, policy: policy)
  }

  /// The report for one document.
  public func triage(_ document: RDPDocument) -> TriageReport {
    let context = linter.prepared(LintContext(document: document))
    let reasons = linter.lint(prepared: context).compactMap { diagnostic in
      TriageRisk.of(diagnostic, in: context).map { TriageReason(diagnostic: diagnostic, risk: $0) }
    }.sorted { ($0.risk, $1.diagnostic.range) > ($1.risk, $0.diagnostic.range) }
    let connections = context.connections
    let mstsc = connections[0]
    let publisher = context.publisher ?? Publisher(inspection: nil, verifier: nil, policy: policy, targets: [])
    var credentials = TriageCredentials()
    if mstsc.gatewayUsed {
      credentials.gatewayCredentialsSource = mstsc.gatewayCredentialsSource
      credentials.sameForGatewayAndHost = context.integer(.promptCredentialOnce) == 1
    }
    credentials.username = mstsc.username
    credentials.domain = mstsc.domain
    credentials.storedSecretKeys = context.settingLines.filter {
      SecretPolicy.isSecret(key: $0.key) && !$0.valueIsBlank
    }.map(\.key)
    var indicators = Indicators()
    for connection in connections where connection.refusal == nil {
      connection.host.map { indicators.add(host: $0) }
      if connection.gatewayUsed { connection.gatewayHost.map { indicators.add(host: $0) } }
    }
    for key in LintContext.addressKeys + ["gatewayhostname"] {
      if let line = context.effectiveLine(forKey: key), !line.valueIsBlank {
        indicators.add(host: HostAddress(parsing: line.value).host)
      }
    }
    for option in connections[1].commandLineOptions where option.lowercased().hasPrefix("/v:") {
      indicators.add(host: HostAddress(parsing: String(option.dropFirst(3))).host)
    }
    indicators.certificateSHA256 = publisher.allThumbprints.map(\.sha256)
    indicators.certificateSHA1 = publisher.allThumbprints.map(\.sha1)
    return TriageReport(
      risk: reasons.map(\.risk).max() ?? .low, reasons: reasons, connections: connections,
      destinations: context.destinations.map(\.assessment), gateways: context.gateways.map(\.assessment),
      alternateDiffers: reasons.contains { $0.rule == "RDP209" }, publisher: publisher,
      exposure: Exposure.of(document, connections: connections), launch: mstsc.launch,
      commandLineOptions: connections[1].commandLineOptions, credentials: credentials, indicators: indicators)
  }
}
