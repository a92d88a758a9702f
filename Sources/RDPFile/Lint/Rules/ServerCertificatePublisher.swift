/// RDP812: signed with a web or RDP server's certificate rather than a publisher's.
struct ServerCertificatePublisher: LintRule {
  static let id = "RDP812"
  static let name = "server-certificate-publisher"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      An untrusted signer whose certificate is a TLS server \
      certificate (extended key usage "server authentication"), reported with how its names \
      relate to the host the file connects to (the same name, or one that resembles it).
      """,
    whyItMatters: """
      A server certificate proves that someone controlled a name on the day it was issued; \
      free certificate authorities issue them in minutes. The 2024 campaigns signed their files \
      with certificates for their own look-alike domains, so the dialog showed a name that \
      matched the address. It says nothing about the organisation behind the file.
      """,
    example: "signature:s:AQABAAEAAAA…   (signed with a certificate for rdp.c0ntoso.com, the file's own host)",
    fix: "None automatic: trust the publisher explicitly, by its thumbprint, if the file is yours.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let publisher = context.publisher, publisher.signed, !publisher.trusted,
      let note = publisher.serverCertificateNote,
      let line = context.signatureLine
    else { return [] }
    return [
      diagnostic(
        "signed with \(note); that proves control of a server name, not who wrote the file", at: context.keyRange(line))
    ]
  }
}
