/// RDP110: Remote Credential Guard (or Restricted Admin) cannot work against an IP address.
struct RemoteGuardNeedsKerberos: LintRule {
  static let id = "RDP110"
  static let name = "remote-guard-needs-kerberos"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A Restricted Admin or Remote Credential Guard key (see RDP109) set to a non-zero value while the address is an IP literal.",
    whyItMatters: """
      Remote Credential Guard works only with Kerberos and refuses to fall back to NTLM, and \
      Windows does not try Kerberos for IP-address targets unless the client opts in with an \
      IP-based SPN. Whatever the key is meant to do, the connection may fail (mstsc reports \
      0xE09 when the target cannot do Restricted Administration) or run without the intended \
      protection.
      """,
    example: "full address:s:192.0.2.10\nremoteguard:i:1",
    fix: "None automatic: connect by the server's DNS name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let address = context.connection.address, address.isIPLiteral else { return [] }
    return context.findings(atSettings: context.classes.unknownKeys) { line in
      guard UnverifiedCredentialGuardKey.keys.contains(line.normalizedKey), line.trimmedValue != "0" else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) asks for Kerberos-only credential protection, but \(TextEscaper.brief(address.host)) is an IP address, for which Windows normally does not use Kerberos",
        at: context.lineRange(line))
    }
  }
}
