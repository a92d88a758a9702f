/// RDP811: signed, but by a publisher the organisation does not trust.
struct UntrustedPublisher: LintRule {
  static let id = "RDP811"
  static let name = "untrusted-publisher"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A file whose signature is not broken but whose signer neither chains to a trusted CA \
      certificate nor has a trusted SHA-256 thumbprint. Like every triage rule it runs only \
      when the linter's triage policy is on.
      """,
    whyItMatters: """
      Anyone can sign a file: a certificate for a web server costs nothing. Since April 2026 \
      mstsc shows the signer's name in its dialog, and Microsoft warns that attackers sign with \
      names that imitate real organisations. Only a publisher whose thumbprint a policy trusts \
      skips the dialog.
      """,
    example: "signature:s:AQABAAEAAAA…   (signed by CN=rdp.example.net, issued by a public CA)",
    fix: "None automatic: trust the publisher (its thumbprint or its CA) if it is yours.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let publisher = context.publisher, publisher.signed, publisher.intact != false, !publisher.trusted,
      let line = context.signatureLine
    else { return [] }
    let who =
      publisher.certificate.map {
        "'\(TextEscaper.brief($0.subject.description))' (issued by '\(TextEscaper.brief($0.issuer.description))')"
      } ?? "an unknown signer"
    return [
      diagnostic(
        "signed by \(who), a publisher the organisation does not trust: \(publisher.trustDetail)",
        at: context.keyRange(line))
    ]
  }
}
