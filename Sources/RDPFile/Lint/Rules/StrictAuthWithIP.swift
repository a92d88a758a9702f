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
      rules out Kerberos (Windows does not try it for IP targets) and a certificate is issued to \
      a name, not an address, so verification fails and the client refuses: "You cannot proceed \
      because authentication is required". The file cannot connect as written.
      """,
    example: "full address:s:192.0.2.10\nauthentication level:i:1",
    fix: "None automatic: use the server's DNS name in `full address` (the secure choice).")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let level = context.effectiveLine(forKey: "authentication level"), level.integer.value == 1,
      let address = context.connection.address, address.isIPLiteral
    else { return [] }
    return [
      diagnostic(
        "authentication level 1 requires a verified server, but \(TextEscaper.brief(address.host)) is an IP address: no Kerberos and no certificate name can match, so the client will refuse to connect",
        at: context.valueRange(level))
    ]
  }
}
