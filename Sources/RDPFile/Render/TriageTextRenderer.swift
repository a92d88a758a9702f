/// Writes a triage for people: what the Windows dialog would show, what FreeRDP would do without
/// asking, what starts, where credentials go, who signed it, and the reasons for the risk.
package struct TriageTextRenderer: Sendable {
  /// Starts a renderer.
  package init() {}

  /// The report of one file.
  package func render(path: String, report: TriageReport) -> String {
    var lines = ["\(TextEscaper.escape(path)): risk \(report.risk.rawValue.uppercased())"]
    let mstsc = report.connection(for: .mstsc)
    lines.append("  Windows (mstsc) would show, since the April 2026 update:")
    lines.append("    " + publisherHeadline(report.publisher))
    if let refusal = mstsc.refusal {
      lines.append("    (mstsc: \(TextEscaper.escape(refusal)))")
    } else {
      lines.append("    Remote computer: \(host(mstsc.host, port: mstsc.port))\(place(report.destinations.first))")
      if mstsc.gatewayUsed { lines.append("    Gateway: \(host(mstsc.gatewayHost, port: mstsc.gatewayPort ?? 443))") }
    }
    if report.exposure.isEmpty {
      lines.append("    The file asks for no local resources.")
    } else {
      lines.append("    Allow the remote computer to access (each box unticked until the user ticks it):")
      for exposure in report.exposure {
        let source: String
        switch exposure.source {
        case .file(let line): source = "line \(line + 1)"
        case .documentedDefault: source = "not in the file: Microsoft's documented default"
        }
        lines.append("      [ ] \(exposure.resource.label): \(TextEscaper.escape(exposure.meaning)) (\(source))")
      }
    }
    lines += freeRDPLines(report)
    lines.append("  Starts: " + launchText(report))
    lines.append("  Credentials: " + credentialsText(report.credentials))
    lines += publisherLines(report.publisher)
    if report.reasons.isEmpty {
      lines.append("  Reasons: none")
    } else {
      lines.append("  Reasons:")
      for reason in report.reasons {
        let padded = reason.risk.rawValue + String(repeating: " ", count: 7 - reason.risk.rawValue.count)
        lines.append(
          "    \(padded) \(reason.rule) line \(reason.diagnostic.range.line): \(TextEscaper.escape(reason.message))")
      }
    }
    let indicators = report.indicators
    var found: [String] = []
    if !indicators.hosts.isEmpty {
      found.append("hosts " + indicators.hosts.map(TextEscaper.escape).joined(separator: ", "))
    }
    if !indicators.addresses.isEmpty { found.append("addresses " + indicators.addresses.joined(separator: ", ")) }
    if !indicators.certificateSHA256.isEmpty {
      found.append("certificate SHA-256 " + indicators.certificateSHA256.joined(separator: ", "))
    }
    lines.append("  Indicators: " + (found.isEmpty ? "none" : found.joined(separator: "; ")))
    return lines.joined(separator: "\n") + "\n"
  }

  private func host(_ host: String?, port: Int) -> String {
    guard let host, !host.isEmpty else { return "(none)" }
    return "\(TextEscaper.escape(host)), port \(port)"
  }

  private func place(_ assessment: HostAssessment?) -> String {
    guard let assessment else { return "" }
    let text: String
    switch assessment.place {
    case .organisation: text = "inside the organisation"
    case .privateAddress: text = "a private address"
    case .localName: text = "a local-network name"
    case .publicAddress: text = "an internet address"
    case .outside: text = "outside the organisation"
    }
    return "  [\(text)\(assessment.lookAlike.map { "; look-alike: \(TextEscaper.escape($0))" } ?? "")]"
  }

  private func publisherHeadline(_ publisher: Publisher) -> String {
    guard publisher.signed else { return "Caution: unknown remote connection (unsigned: \"Unknown publisher\")" }
    let name =
      publisher.certificate.map { TextEscaper.escape($0.subject.commonName ?? $0.subject.description) }
      ?? "an unreadable certificate"
    if publisher.intact == false {
      return
        "Publisher: \(name), but the signature is broken (what mstsc shows then is not documented; it may call the publisher unknown)"
    }
    if publisher.trusted, let sha256 = publisher.thumbprints?.sha256, !sha256.isEmpty,
      publisher.trustDetail.contains("thumbprint")
    {
      return
        "Publisher: \(name), trusted by thumbprint: mstsc skips the dialog when the \"trusted .rdp publishers\" policy lists it, and turns the redirections on"
    }
    return "Publisher: \(name) (mstsc warns that attackers sign with names that imitate real organisations)"
  }

  private func freeRDPLines(_ report: TriageReport) -> [String] {
    var lines: [String] = []
    for client in [Client.freeRDP2, .freeRDP3] {
      let connection = report.connection(for: client)
      if let refusal = connection.refusal {
        lines.append("  \(client.label) would refuse the file: \(TextEscaper.escape(refusal))")
        continue
      }
      let handed = connection.redirections.sorted { $0.key < $1.key }.map {
        "\($0.key.label) (\(TextEscaper.brief($0.value, limit: 30)))"
      }
      var text = "  \(client.label) would, without asking: connect to \(host(connection.host, port: connection.port))"
      if connection.gatewayUsed {
        text += " through \(host(connection.gatewayHost, port: connection.gatewayPort ?? 443))"
      }
      text += handed.isEmpty ? ", handing over nothing" : ", handing over " + handed.joined(separator: ", ")
      if !connection.commandLineOptions.isEmpty {
        text +=
          ", and run the options "
          + connection.commandLineOptions.map { TextEscaper.brief(ClientConnection.masked(option: $0), limit: 40) }
          .joined(separator: " ")
      }
      lines.append(text)
    }
    return lines
  }

  private func launchText(_ report: TriageReport) -> String {
    let launch = report.launch
    var parts: [String] = []
    if launch.remoteApplication {
      parts.append(
        "the RemoteApp '\(TextEscaper.escape(launch.name ?? ""))' (program '\(TextEscaper.escape(launch.program ?? ""))')"
      )
      if let commandLine = launch.commandLine, !commandLine.isEmpty {
        parts.append("command line '\(TextEscaper.escape(commandLine))'")
      }
      if let file = launch.file, !file.isEmpty { parts.append("opening '\(TextEscaper.escape(file))'") }
    }
    if let shell = launch.alternateShell {
      parts.append("the program '\(TextEscaper.escape(shell))' instead of the desktop")
    }
    return parts.isEmpty ? "the remote desktop" : parts.joined(separator: ", ")
  }

  private func credentialsText(_ credentials: TriageCredentials) -> String {
    var parts: [String] = []
    if let user = credentials.username, !user.isEmpty {
      parts.append(
        "the prompt is filled in with '\(TextEscaper.escape(credentials.domain.map { $0.isEmpty ? user : "\($0)\\\(user)" } ?? user))'"
      )
    }
    if let meaning = credentials.gatewaySourceMeaning { parts.append("the gateway \(meaning)") }
    if credentials.sameForGatewayAndHost { parts.append("the same credentials go to the gateway and the host") }
    if !credentials.storedSecretKeys.isEmpty {
      parts.append(
        "the file stores secrets (\(credentials.storedSecretKeys.map(TextEscaper.escape).joined(separator: ", ")); not shown)"
      )
    }
    return parts.isEmpty ? "asked for at connection" : parts.joined(separator: "; ")
  }

  private func publisherLines(_ publisher: Publisher) -> [String] {
    guard publisher.signed else { return ["  Publisher: unsigned"] }
    let state = publisher.intact.map { $0 ? "intact" : "BROKEN" } ?? "not checked (no openssl)"
    var lines = ["  Publisher: signed, \(state)\(publisher.digestAlgorithm.map { ", \($0)" } ?? "")"]
    for problem in publisher.problems { lines.append("    problem: \(TextEscaper.escape(problem))") }
    if let certificate = publisher.certificate {
      lines.append("    subject: \(TextEscaper.escape(certificate.subject.description))")
      lines.append(
        "    issuer:  \(TextEscaper.escape(certificate.issuer.description))\(publisher.selfSigned ? " (self-signed)" : "")"
      )
      lines.append("    valid:   \(certificate.notBefore) to \(certificate.notAfter)")
    }
    if let thumbprints = publisher.thumbprints {
      lines.append("    SHA-256: \(thumbprints.sha256)")
      lines.append("    SHA-1:   \(thumbprints.sha1)")
    }
    lines.append("    trusted: \(publisher.trusted ? "yes" : "no"): \(TextEscaper.escape(publisher.trustDetail))")
    if let note = publisher.serverCertificateNote { lines.append("    note:    \(TextEscaper.escape(note))") }
    return lines
  }
}
