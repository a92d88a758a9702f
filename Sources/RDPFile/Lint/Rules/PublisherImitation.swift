/// RDP813: an untrusted publisher whose name resembles the organisation's.
struct PublisherImitation: LintRule {
  static let id = "RDP813"
  static let name = "publisher-imitation"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      With allowed domains and something to trust (a CA certificate or a \
      thumbprint): a signer the organisation does not trust whose common name or \
      organisation contains an allowed domain's name, exactly or with look-alike letters \
      (`Contoso Security`, `C0ntoso Ltd` for `contoso.com`).
      """,
    whyItMatters: """
      Microsoft's own example for the 2026 dialog: a publisher "Contoso Security" instead of \
      "Contoso Ltd.". The name is what the user reads; if the organisation's real certificate \
      is trusted (by its CA or its thumbprint), a look-alike that is not trusted is an \
      impostor.
      """,
    example: "signature:s:AQABAAEAAAA…   (signed by O=Contoso Security, not by the trusted CA)",
    fix: "None automatic: do not open the file; report it.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let publisher = context.publisher, publisher.signed, !publisher.trusted, publisher.trustWasGiven,
      let domain = publisher.resemblesOrganisation,
      let certificate = publisher.certificate, let line = context.signatureLine
    else { return [] }
    return [
      diagnostic(
        "signed by '\(TextEscaper.brief(certificate.subject.description))', a name that resembles the organisation of \(domain), but the organisation does not trust it",
        at: context.keyRange(line))
    ]
  }
}
