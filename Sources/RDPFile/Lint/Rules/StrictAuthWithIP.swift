/// RDP106: `authentication level:i:1` against an IP address refuses to connect.
struct StrictAuthWithIP: LintRule {
  static let id = "RDP106"
  static let name = "strict-auth-with-ip"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`authentication level:i:1` while the address is an IP literal.",
    whyItMatters: """
      Level 1 refuses any server whose identity cannot be verified. Connecting by IP address \
      normally rules out Kerberos (Windows tries it for an IP target only when the client opts \
      in with TryIPSPN and the server has an IP-based SPN), and server certificates name hosts \
      (an IP address in the certificate is possible but rare), so verification usually fails \
      and mstsc refuses: "You cannot proceed because authentication is required".
      """,
    example: "full address:s:192.0.2.10\nauthentication level:i:1",
    fix: "None automatic: use the server's DNS name in `full address` (the secure choice).")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let level = context.effectiveLine(.authenticationLevel), level.integer.value == 1,
      let address = context.connection.address, address.isIPLiteral
    else { return [] }
    return [
      diagnostic(
        "authentication level 1 requires a verified server, but \(TextEscaper.brief(address.host)) is an IP address: Kerberos is not tried (unless the client opts in with an IP-based SPN) and a certificate matches only if it lists this address, so the client is likely to refuse to connect",
        at: context.valueRange(level))
    ]
  }
}
