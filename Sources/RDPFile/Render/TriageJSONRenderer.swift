/// Writes triage reports as JSON (shape documented in the README), one file at a time.
package struct TriageJSONRenderer: Sendable {
  /// The version of the JSON shape; it changes only when fields are removed or change meaning.
  package static let formatVersion = 1

  private var wroteFile = false
  private var counts: [Risk: Int] = [:]
  private var unreadable = 0

  /// Starts a run.
  package init() {}

  /// The opening text.
  package func begin() -> String { "{\n  \"version\": \(Self.formatVersion),\n  \"files\": [" }

  /// The text for one file that was triaged.
  package mutating func append(path: String, report: TriageReport) -> String {
    counts[report.risk, default: 0] += 1
    return next(Self.file(path: path, report: report))
  }

  /// The text for one file that could not be read.
  package mutating func append(path: String, failure: String) -> String {
    unreadable += 1
    return next(.object([("file", .string(path)), ("risk", .null), ("error", .string(failure))]))
  }

  /// The closing text: the summary.
  package func end() -> String {
    let summary: JSONValue = .object([
      ("files", .int(counts.values.reduce(0, +) + unreadable)), ("high", .int(counts[.high] ?? 0)),
      ("medium", .int(counts[.medium] ?? 0)), ("low", .int(counts[.low] ?? 0)), ("unreadable", .int(unreadable)),
    ])
    return (wroteFile ? "\n  ]" : "]") + ",\n  \"summary\": " + summary.rendered(pretty: true, indent: 1) + "\n}\n"
  }

  private mutating func next(_ value: JSONValue) -> String {
    defer { wroteFile = true }
    return (wroteFile ? "," : "") + "\n    " + value.rendered(pretty: true, indent: 2)
  }

  /// One file's report.
  static func file(path: String, report: TriageReport) -> JSONValue {
    let mstsc = report.connection(for: .mstsc)
    let main = report.destinations.first
    let gateway: JSONValue =
      mstsc.gatewayUsed
      ? .object([
        ("host", .optional(mstsc.gatewayHost)), ("port", .optional(mstsc.gatewayPort)),
        ("place", .optional(report.gateways.first?.place.rawValue)),
        ("lookAlike", .optional(report.gateways.first?.lookAlike)),
      ]) : .null
    let clients: JSONValue = .object(
      report.connections.map { connection in
        let value: JSONValue =
          connection.refusal.map { .object([("refusal", .string($0))]) }
          ?? .object([
            ("host", .optional(connection.host)), ("port", .int(connection.port)),
            ("gateway", connection.gatewayUsed ? .optional(connection.gatewayHost) : .null),
            (
              "redirections",
              .object(connection.redirections.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .string($0.value)) })
            ),
          ])
        return (connection.client.rawValue, value)
      })
    let destination: JSONValue = .object([
      ("host", .optional(mstsc.host)), ("port", .int(mstsc.port)), ("gateway", gateway),
      ("alternateDiffers", .bool(report.alternateDiffers)), ("place", .optional(main?.place.rawValue)),
      ("lookAlike", .optional(main?.lookAlike)), ("clients", clients),
    ])
    let launch = report.launch
    return .object([
      ("file", .string(path)), ("risk", .string(report.risk.rawValue)),
      (
        "reasons",
        .array(
          report.reasons.map {
            .object([
              ("rule", .string($0.rule)), ("name", .string($0.diagnostic.ruleName)),
              ("risk", .string($0.risk.rawValue)),
              ("line", .int($0.diagnostic.range.line)), ("message", .string($0.message)),
            ])
          })
      ),
      ("destination", destination), ("publisher", publisher(report.publisher)),
      (
        "exposure",
        .array(
          report.exposure.map { exposure in
            let (source, line): (String, JSONValue) =
              switch exposure.source {
              case .file(let line): ("file", .int(line + 1))
              case .documentedDefault: ("documented-default", .null)
              }
            return .object([
              ("resource", .string(exposure.resource.rawValue)), ("value", .string(exposure.value)),
              ("source", .string(source)),
              ("line", line),
              (
                "freeRDP",
                .object(
                  exposure.freeRDP.sorted { $0.key.label < $1.key.label }.map { ($0.key.rawValue, .string($0.value)) })
              ),
            ])
          })
      ),
      (
        "launch",
        .object([
          ("remoteApp", launch.remoteApplication ? .string(launch.name ?? "") : .null),
          ("program", launch.remoteApplication ? .optional(launch.program) : .null),
          ("commandLine", launch.remoteApplication ? .optional(launch.commandLine) : .null),
          ("file", launch.remoteApplication ? .optional(launch.file) : .null),
          ("shell", .optional(launch.alternateShell)), ("workingDirectory", .optional(launch.workingDirectory)),
          (
            "commandLineOptions", .array(report.commandLineOptions.map { .string(ClientConnection.masked(option: $0)) })
          ),
        ])
      ),
      (
        "credentials",
        .object([
          ("gatewayCredentialsSource", .optional(report.credentials.gatewayCredentialsSource)),
          ("sameForGatewayAndHost", .bool(report.credentials.sameForGatewayAndHost)),
          ("username", .optional(report.credentials.username)), ("domain", .optional(report.credentials.domain)),
          ("storedSecrets", .array(report.credentials.storedSecretKeys.map(JSONValue.string))),
        ])
      ),
      (
        "indicators",
        .object([
          ("hosts", .array(report.indicators.hosts.map(JSONValue.string))),
          ("ips", .array(report.indicators.addresses.map(JSONValue.string))),
          ("certificateSHA256", .array(report.indicators.certificateSHA256.map(JSONValue.string))),
          ("certificateSHA1", .array(report.indicators.certificateSHA1.map(JSONValue.string))),
        ])
      ),
    ])
  }

  private static func publisher(_ publisher: Publisher) -> JSONValue {
    let certificate = publisher.certificate
    return .object([
      ("signed", .bool(publisher.signed)),
      ("intact", publisher.signed ? publisher.intact.map(JSONValue.bool) ?? .null : .null),
      ("problems", .array(publisher.problems.map(JSONValue.string))),
      ("subject", .optional(certificate?.subject.description)), ("issuer", .optional(certificate?.issuer.description)),
      ("notBefore", .optional(certificate?.notBefore.description)),
      ("notAfter", .optional(certificate?.notAfter.description)),
      ("selfSigned", .bool(publisher.selfSigned)), ("digest", .optional(publisher.digestAlgorithm)),
      ("sha256", .optional(publisher.thumbprints?.sha256)), ("sha1", .optional(publisher.thumbprints?.sha1)),
      ("trusted", .bool(publisher.trusted)), ("trustDetail", .string(publisher.trustDetail)),
      ("serverCertificate", .optional(publisher.serverCertificateNote)),
      ("resemblesOrganisation", .optional(publisher.resemblesOrganisation)),
    ])
  }
}
