/// RDP509: a signer nobody should trust as it is.
struct SignerCertificate: LintRule {
  static let id = "RDP509"
  static let name = "signer-certificate"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      Who signed a signed file: a signer certificate that has expired or is not valid yet, a \
      self-signed one, a signature made with SHA-1 or MD5, and (when trust anchors are given) \
      a chain that does not end in one of them. These are the same verdicts \
      `rdpfile verify` prints for the signer.
      """,
    whyItMatters: """
      A signature only says who published a file if the signer's certificate is one a client \
      can check. Windows treats a publisher it cannot verify as unknown (since the April 2026 \
      update, with the red warning and every redirection off by default); an attacker can \
      make a self-signed certificate with any name, such as the target company's; SHA-1 \
      signatures can be forged.
      """,
    example: "signature:s:AQABAAEAAAA…   (signed with SHA-1 by a certificate that expired in 2021)",
    fix:
      "None automatic: sign the file again with a current certificate from a CA the clients trust with a SHA-256 digest."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.signatureLine, let inspection = context.signature else { return [] }
    return inspection.signerIssues(at: context.now).map { issue in
      diagnostic("\(issue); a client may treat the publisher as unknown", at: context.keyRange(line))
    }
  }
}
