/// RDP508: a signature that no longer matches what it signed.
struct SignatureMismatch: LintRule {
  static let id = "RDP508"
  static let name = "signature-mismatch"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A signed file whose signature does not verify against the settings `signscope` names, \
      rebuilt the way signing tools build them. The check runs when the linter has a signature \
      verifier (the command-line tool uses `openssl` from the PATH); otherwise the rule stays \
      quiet. `rdpfile verify` \
      reports the same and more: the signer and whether it is trusted.
      """,
    whyItMatters: """
      A signature proves that the signed settings are the publisher's. Once a signed line is \
      edited (a new address, NLA switched off, a redirection added), the proof fails. Since the \
      April 2026 Windows update mstsc shows a dialog for signed and unsigned files alike, with \
      every redirection off until the user ticks it; only a file signed by a publisher whose \
      thumbprint a policy trusts skips it, and a broken signature cannot match that policy. \
      What mstsc shows for a broken signature is not documented: it may present the file as \
      from an unknown publisher.
      """,
    example: "full address:s:10.0.0.5   (edited after signing)\nsignscope:s:Full Address,…\nsignature:s:AQABAAEAAAA…",
    fix: """
      None automatic: sign the file again (a rewrite can change and re-sign in one step), or \
      restore the signed values.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.signatureLine, case .doesNotMatch(let reason)? = context.signature?.check else {
      return []
    }
    return [
      diagnostic(
        "the signature no longer matches the signed settings (\(TextEscaper.brief(reason, limit: 60))): a policy that trusts the "
          + "publisher's thumbprint cannot apply, and mstsc may present the file as from an unknown publisher",
        at: context.keyRange(line))
    ]
  }
}
