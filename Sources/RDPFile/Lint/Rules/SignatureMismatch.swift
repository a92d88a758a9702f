/// RDP508: a signature that no longer matches what it signed.
struct SignatureMismatch: LintRule {
  static let id = "RDP508"
  static let name = "signature-mismatch"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A signed file whose signature does not verify against the settings `signscope` names, \
      rebuilt the way signing tools build them. The check runs when `openssl` is available \
      (`rdpfile lint` finds it on the PATH); otherwise the rule stays quiet. `rdpfile verify` \
      reports the same and more: the signer and whether it is trusted.
      """,
    whyItMatters: """
      A signature proves that the signed settings are the publisher's. Once a signed line is \
      edited (a new address, NLA switched off, a redirection added), the proof fails: since \
      the April 2026 Windows update the client shows the file as coming from an unknown \
      publisher, with the red warning and every redirection switched off, and a policy that \
      trusts the publisher's thumbprint no longer applies.
      """,
    example: "full address:s:10.0.0.5   (edited after signing)\nsignscope:s:Full Address,…\nsignature:s:AQABAAEAAAA…",
    fix: """
      None automatic: sign the file again (`rdpfile sign`, or `rdpfile fix --resign` to change \
      and re-sign in one step), or restore the signed values.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.signatureLine, case .doesNotMatch(let reason)? = context.signature?.check else { return [] }
    return [
      diagnostic(
        "the signature no longer matches the signed settings (\(TextEscaper.brief(reason, limit: 60))): Windows will show this file as "
          + "from an unknown publisher, with its redirections switched off",
        at: context.keyRange(line))
    ]
  }
}
