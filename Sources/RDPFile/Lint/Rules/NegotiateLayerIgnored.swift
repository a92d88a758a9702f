/// RDP104: `negotiate security layer:i:0` while CredSSP is on: read differently by each client.
struct NegotiateLayerIgnored: LintRule {
  static let id = "RDP104"
  static let name = "negotiate-layer-ignored"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`negotiate security layer:i:0` while CredSSP is on (`enablecredsspsupport` absent or 1).",
    whyItMatters: """
      Microsoft's two pages on this setting disagree for mstsc: one says it is ignored while \
      CredSSP is enabled, the other that the client then uses NLA without negotiating. FreeRDP \
      2.11 and 3.30 ask for NLA alone and do not fall back (`libfreerdp/core/nego.c`). So the \
      line may do nothing, or may be what keeps a client from falling back to TLS or standard \
      RDP security; it does not force legacy RDP security, as it is often said to.
      """,
    example: "negotiate security layer:i:0",
    fix: """
      Removes the line. Unsafe: FreeRDP (and mstsc, if the second page is right) negotiates \
      again and may fall back to TLS without NLA, or to standard RDP security, where the server \
      allows it.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.negotiateSecurityLayer), line.integer.value == 0,
      context.connection.credSSP
    else { return [] }
    return [
      diagnostic(
        "negotiate security layer 0 with CredSSP on: FreeRDP 2.11 and 3.30 ask for NLA alone with no fallback; for mstsc Microsoft documents it both as ignored and as 'use NLA without negotiating'; it does not force legacy RDP security",
        at: context.lineRange(line),
        fix: FixBuilder.delete(
          context.lines(.negotiateSecurityLayer).map(\.index),
          title: "Remove negotiate security layer (clients may then fall back to weaker security)", .unsafe))
    ]
  }
}
