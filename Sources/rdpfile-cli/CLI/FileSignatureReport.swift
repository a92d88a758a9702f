import RDPFile

/// What `rdpfile verify` found in one file.
struct FileSignatureReport: Sendable {
  enum Status: String, Sendable {
    case unsigned, intact, broken, error
  }

  /// The signer certificate, as shown.
  struct Signer: Sendable {
    var certificate: Certificate
    var thumbprint: String?
  }

  var path: String
  var status: Status
  var problems: [SignatureProblem] = []
  var error: String?
  var scope: [String] = []
  var digestAlgorithm: String?
  var certificateCount = 0
  var signer: Signer?
  var trust: SignerTrust?
  var signerIssues: [SignerIssue] = []

  /// Inspects one document: structure first, then the signature and the chain through
  /// OpenSSL, then the signer (the same verdicts as lint's RDP508 and RDP509).
  static func inspect(_ document: RDPDocument, path: String, verifier: OpenSSLVerifier, now: CertificateTime)
    -> FileSignatureReport
  {
    var inspection = SignatureInspection(document)
    guard inspection.isSigned else { return FileSignatureReport(path: path, status: .unsigned) }
    inspection.verify(with: verifier)
    var report = FileSignatureReport(
      path: path, status: inspection.isIntact ? .intact : .broken, problems: inspection.problems)
    if case .unavailable(let reason)? = inspection.check {
      report.status = .error
      report.error = reason
    }
    report.scope = inspection.content?.scopeNames ?? []
    if let data = inspection.signedData {
      report.digestAlgorithm = data.digestAlgorithm
      report.certificateCount = data.certificates.count
      if let certificate = data.signerCertificate {
        report.signer = Signer(certificate: certificate, thumbprint: verifier.openssl.sha256(certificate.der))
      }
    }
    report.trust = inspection.trust
    report.signerIssues = inspection.signerIssues(at: now)
    return report
  }

  func text(now: CertificateTime) -> String {
    let name = TextEscaper.escape(path)
    switch status {
    case .unsigned: return "\(name): unsigned\n"
    case .error where problems.isEmpty && signer == nil: return ""
    default: break
    }
    var lines = ["\(name): signed, \(status == .intact ? "intact" : status == .broken ? "BROKEN" : "not checked")"]
    func field(_ label: String, _ value: String) { lines.append("  \(label.padding(to: 8)) \(value)") }
    for problem in problems { field("problem", problem.description) }
    if let error { field("error", TextEscaper.escape(error)) }
    if !scope.isEmpty {
      let names = scope.prefix(5).map { TextEscaper.brief($0) }.joined(separator: ", ")
      field("scope", "\(scope.count) setting\(scope.count == 1 ? "" : "s"): \(names)\(scope.count > 5 ? ", …" : "")")
    }
    if let signer {
      let certificate = signer.certificate
      field("signer", certificate.subject.description)
      field("issuer", certificate.issuer.description)
      field("valid", "\(certificate.notBefore) to \(certificate.notAfter)\(Self.validity(certificate, now: now))")
      if let thumbprint = signer.thumbprint {
        field("sha256", "\(thumbprint) (thumbprint for the trusted .rdp publishers policy)")
      }
    } else if !problems.contains(where: { if case .malformedBlock = $0 { true } else { false } }) {
      field("signer", "not found among the \(certificateCount) included certificates")
    }
    if let digestAlgorithm {
      field("digest", digestAlgorithm + (digestAlgorithm == "sha1" ? " (deprecated: re-sign with SHA-256)" : ""))
    }
    if let trust {
      field("trust", trust.trusted ? "trusted: \(trust.detail)" : "not trusted: \(TextEscaper.escape(trust.detail))")
    }
    for issue in signerIssues where issue.code != "signer-untrusted" { field("warning", issue.description) }
    return lines.joined(separator: "\n") + "\n"
  }

  func json(now: CertificateTime) -> JSONValue {
    var members: [(String, JSONValue)] = [("file", .string(path)), ("status", .string(status.rawValue))]
    members.append(
      (
        "problems",
        .array(problems.map { .object([("code", .string($0.code)), ("message", .string($0.description))]) })
      ))
    members.append(("error", .optional(error)))
    members.append(("scope", .array(scope.map(JSONValue.string))))
    members.append(("digestAlgorithm", .optional(digestAlgorithm)))
    members.append(("certificates", .int(certificateCount)))
    if let signer {
      let certificate = signer.certificate
      members.append(
        (
          "signer",
          .object([
            ("subject", .string(certificate.subject.description)), ("issuer", .string(certificate.issuer.description)),
            ("serialNumber", .string(certificate.serialNumber)),
            ("notBefore", .string(certificate.notBefore.description)),
            ("notAfter", .string(certificate.notAfter.description)), ("validNow", .bool(certificate.isValid(at: now))),
            ("sha256", .optional(signer.thumbprint)),
          ])
        ))
    } else {
      members.append(("signer", .null))
    }
    members.append(
      ("trust", trust.map { .object([("trusted", .bool($0.trusted)), ("detail", .string($0.detail))]) } ?? .null))
    members.append(
      (
        "signerIssues",
        .array(signerIssues.map { .object([("code", .string($0.code)), ("message", .string($0.description))]) })
      ))
    return .object(members)
  }

  private static func validity(_ certificate: Certificate, now: CertificateTime) -> String {
    if now > certificate.notAfter { return " (expired)" }
    if now < certificate.notBefore { return " (not yet valid)" }
    return ""
  }
}

extension String {
  /// The text padded with spaces to `width` characters.
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
