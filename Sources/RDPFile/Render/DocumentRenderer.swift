/// Renders what `rdpfile show` prints: encoding, line endings, every line with its parse, and
/// the effective connection. Values are escaped for the terminal and secrets masked unless the
/// policy says otherwise.
package struct DocumentRenderer: Sendable {
  /// The file name shown in the output.
  package var path: String
  /// How secrets are treated.
  package var secrets: SecretPolicy

  /// Creates a renderer.
  package init(path: String, secrets: SecretPolicy = SecretPolicy()) {
    self.path = path
    self.secrets = secrets
  }

  /// The human-readable report.
  package func text(_ document: RDPDocument) -> String {
    var out = "file: \(TextEscaper.escape(path))\n"
    out += "encoding: \(document.encoding.label) (\(document.encoding.evidence.rawValue))\n"
    out += "size: \(document.byteCount) bytes, \(document.lines.count) lines\n"
    out += "line endings: \(terminatorSummary(document))\n"
    out += "\nlines:\n"
    let width = String(document.lines.count).count
    for (index, line) in document.lines.enumerated() {
      let number = String(index + 1)
      let padded = String(repeating: " ", count: width - number.count) + number
      let kind: String
      switch line.kind {
      case .setting:
        let known = line.setting.flatMap { PropertyCatalogue.property(named: $0.key) } != nil
        kind = known ? "setting" : "setting (unknown key)"
      case .blank: kind = "blank"
      case .unparsed(let reason): kind = "unparsed: \(reason.explanation)"
      }
      let content = line.isBlank ? "" : "  \(secrets.display(line))"
      out += "  \(padded)  [\(kind)]\(content)\n"
    }
    out += "\neffective connection:\n"
    for (label, value) in connectionRows(document.effective.connection) {
      out += "  \(label): \(value)\n"
    }
    let connections = document.connections
    let disagreements = ClientConnection.disagreements(connections)
    let refusals = connections.compactMap(\.refusal)
    if disagreements.isEmpty, refusals.isEmpty {
      out += "\nclients: mstsc, FreeRDP 2.11 and FreeRDP 3.30 read the same connection from this file\n"
    } else {
      out += "\nclients disagree (as modelled: mstsc from Microsoft's documentation, FreeRDP as measured):\n"
      for refusal in refusals { out += "  \(TextEscaper.escape(refusal))\n" }
      for (field, values) in disagreements {
        out += "  \(field): " + values.map { "\($0.0.label) \($0.1)" }.joined(separator: "; ") + "\n"
      }
    }
    return out
  }

  /// The machine-readable report (the shape is documented in the README).
  package func json(_ document: RDPDocument) -> JSONValue {
    let lines: [JSONValue] = document.lines.enumerated().map { index, line in
      var members: [(String, JSONValue)] = [("line", .int(index + 1))]
      switch line.kind {
      case .setting:
        let setting = line.setting!
        members += [
          ("kind", "setting"), ("key", .string(setting.key)), ("type", .string(setting.type.letter)),
          ("value", .string(secrets.raw(setting.value, forKey: setting.key))),
          ("known", .bool(PropertyCatalogue.property(named: setting.key) != nil)),
          ("secret", .bool(SecretPolicy.isSecret(key: setting.key))),
        ]
      case .blank:
        members.append(("kind", "blank"))
      case .unparsed(let reason):
        members += [("kind", "unparsed"), ("reason", .string(reason.rawValue))]
        members.append(("text", .string(secrets.display(line))))
      }
      members.append(("terminator", .string(line.terminator.rawValue)))
      return .object(members)
    }
    let counts = terminatorCounts(document)
    return .object([
      ("file", .string(path)),
      (
        "encoding",
        .object([
          ("name", .string(document.encoding.encoding.rawValue)),
          ("byteOrderMark", .bool(document.encoding.hasByteOrderMark)),
          ("evidence", .string(document.encoding.evidence.rawValue)),
        ])
      ),
      ("bytes", .int(document.byteCount)),
      (
        "lineEndings",
        .object([
          ("dominant", .string(document.dominantTerminator.rawValue)),
          ("mixed", .bool(document.hasMixedTerminators)),
          ("finalNewline", .bool(document.lines.last.map { $0.terminator != .none } ?? false)),
          (
            "counts",
            .object(LineTerminator.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) })
          ),
        ])
      ),
      ("lines", .array(lines)),
      ("effective", connectionJSON(document.effective.connection)),
      (
        "clients",
        .object(
          document.connections.map { connection in
            (connection.client.rawValue, .object(connection.fields.map { ($0.name, .string($0.value)) }))
          })
      ),
      (
        "disagreements",
        .array(
          ClientConnection.disagreements(document.connections).map { field, values in
            .object([("field", .string(field))] + values.map { ($0.0.rawValue, .string($0.1)) })
          })
      ),
    ])
  }

  private func terminatorCounts(_ document: RDPDocument) -> [LineTerminator: Int] {
    document.lines.reduce(into: [:]) { $0[$1.terminator, default: 0] += 1 }
  }

  private func terminatorSummary(_ document: RDPDocument) -> String {
    let counts = terminatorCounts(document)
    let parts = [LineTerminator.crlf, .lf, .cr].compactMap { terminator in
      counts[terminator].map { "\($0) \(terminator.label)" }
    }
    var text = parts.isEmpty ? "none" : parts.joined(separator: ", ")
    if document.hasMixedTerminators { text += " (mixed)" }
    if let last = document.lines.last, last.terminator == .none { text += "; no final newline" }
    return text
  }

  /// Label/value rows for the effective connection, shared by text output and explanations.
  func connectionRows(_ connection: Connection) -> [(String, String)] {
    var rows: [(String, String)] = []
    if let address = connection.address, let source = connection.addressSource {
      rows.append(
        (
          "host",
          "\(TextEscaper.escape(address.host.isEmpty ? "(empty)" : address.host)) (from \(source.rawValue), \(address.kind.rawValue))"
        ))
    } else {
      rows.append(("host", "(none: the file has no full address)"))
    }
    let portSource: String
    switch connection.portSource {
    case .serverPort: portSource = "from server port"
    case .address: portSource = "from the address"
    case .default: portSource = "default"
    }
    rows.append(("port", "\(connection.port) (\(portSource))"))
    if let gateway = connection.gateway {
      let usage: String
      switch gateway.usageMethod {
      case 1: usage = "always used"
      case 2: usage = "used when a direct connection fails"
      case .some(let other): usage = "not used (gatewayusagemethod \(other))"
      case nil: usage = "not used (gatewayusagemethod unset)"
      }
      rows.append(("gateway", "\(TextEscaper.escape(gateway.host)):\(gateway.port), \(usage)"))
    } else {
      rows.append(("gateway", "none"))
    }
    let user = connection.username.map(TextEscaper.escape) ?? "(not set)"
    let account = connection.domain.map { "\(TextEscaper.escape($0))\\\(user)" } ?? user
    rows.append(("user", account))
    rows.append(("NLA (CredSSP)", connection.credSSP ? "on" : "off"))
    rows.append(("negotiate security layer", connection.negotiateSecurityLayer ? "on" : "off"))
    let levels = [
      0: "connect without warning", 1: "refuse if the server cannot be verified", 2: "warn and let the user choose",
      3: "no requirement",
    ]
    let level = connection.authenticationLevel
    let meaning = levels[level] ?? "not a documented level"
    rows.append(
      ("authentication level", "\(level) (\(meaning))\(connection.authenticationLevelIsSet ? "" : ", default")"))
    return rows
  }

  private func connectionJSON(_ connection: Connection) -> JSONValue {
    .object([
      ("host", .optional(connection.host)),
      ("hostKind", .optional(connection.address?.kind.rawValue)),
      ("addressSource", .optional(connection.addressSource?.rawValue)),
      ("port", .int(connection.port)),
      ("portSource", .string(connection.portSource.rawValue)),
      (
        "gateway",
        connection.gateway.map { gateway in
          .object([
            ("host", .string(gateway.host)), ("port", .int(gateway.port)),
            ("usageMethod", .optional(gateway.usageMethod)), ("used", .bool(gateway.isUsed)),
            ("credentialsSource", .optional(gateway.credentialsSource)),
          ])
        } ?? .null
      ),
      ("username", .optional(connection.username)),
      ("domain", .optional(connection.domain)),
      ("credSSP", .bool(connection.credSSP)),
      ("negotiateSecurityLayer", .bool(connection.negotiateSecurityLayer)),
      ("authenticationLevel", .int(connection.authenticationLevel)),
      ("authenticationLevelSet", .bool(connection.authenticationLevelIsSet)),
    ])
  }
}
