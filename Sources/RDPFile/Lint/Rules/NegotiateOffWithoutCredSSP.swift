/// RDP105: negotiation and CredSSP both off: one fixed protocol, no fallback.
struct NegotiateOffWithoutCredSSP: LintRule {
  static let id = "RDP105"
  static let name = "negotiate-off-without-credssp"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`negotiate security layer:i:0` together with `enablecredsspsupport:i:0`.",
    whyItMatters: """
      With CredSSP off the setting does take effect: the client asks for a single security \
      protocol and does not fall back (FreeRDP 2.11 and 3.30 pick the strongest one left, \
      normally TLS; what mstsc picks is undocumented). A server that wants something else \
      refuses the connection, and the user has already lost pre-authentication. It is fragile \
      and not a security fix.
      """,
    example: "negotiate security layer:i:0\nenablecredsspsupport:i:0",
    fix: """
      Removes `negotiate security layer`, so the client negotiates again. Unsafe: negotiation \
      can then settle on standard RDP security where the server allows it, which does not \
      verify the server. Consider RDP102's fix as well.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.negotiateSecurityLayer), line.integer.value == 0,
      !context.connection.credSSP
    else { return [] }
    return [
      diagnostic(
        "negotiate security layer 0 with CredSSP off pins one security protocol with no fallback (FreeRDP 2.11 and 3.30: TLS); servers that want another refuse the connection",
        at: context.lineRange(line),
        fix: FixBuilder.delete(
          context.lines(.negotiateSecurityLayer).map(\.index),
          title: "Remove negotiate security layer (negotiation may settle lower)",
          .unsafe))
    ]
  }
}
