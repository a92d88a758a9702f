/// RDP202: the address is an IP literal.
struct IPLiteralTarget: LintRule {
  static let id = "RDP202"
  static let name = "ip-literal-target"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`full address` or `alternate full address` holds an IPv4 or IPv6 address (loopback excepted, see RDP107).",
    whyItMatters: """
      Windows does not try Kerberos for IP targets unless the client opts in (TryIPSPN) and the \
      server has an IP-based SPN, so authentication normally falls back to NTLM and the server is \
      verified only by its certificate, which names hosts and rarely lists addresses: expect a \
      certificate prompt (or a refusal at authentication level 1). Microsoft documents that \
      Entra sign-in cannot use an IP address, and Remote Credential Guard needs Kerberos. \
      Replacing a name with an IP is a good way to test name resolution, not a permanent fix.
      """,
    example: "full address:s:192.0.2.10",
    fix: "None automatic: use the server's DNS name once name resolution works.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.addressLines.filter { $0.address.isIPLiteral && !LintContext.isLoopback($0.address) }.map { line, address in
      diagnostic(
        "\(line.key) is the IP address \(TextEscaper.brief(address.host)): usually NTLM instead of Kerberos, a certificate that does not name it, and no Entra sign-in or Remote Credential Guard",
        at: context.valueRange(line))
    }
  }
}
