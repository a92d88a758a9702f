/// RDP107: connecting to a loopback address, usually a tunnel or port forward.
struct LoopbackTarget: LintRule {
  static let id = "RDP107"
  static let name = "loopback-target"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "The address is `localhost`, `127.x.x.x` or `::1`.",
    whyItMatters: """
      A loopback address almost always means a tunnel (SSH, a port forward, a local proxy) to a \
      server somewhere else. The client cannot name that server: Kerberos is not used and the \
      server's certificate, issued to its real name, can never match `localhost`, so users are \
      asked to trust it every time (level 2/3), refused (level 1), or not asked at all (level 0). \
      Whoever controls the local port controls the connection.
      """,
    example: "full address:s:localhost:33890",
    fix: "None automatic. Where possible connect to the server's name through a gateway instead of a local tunnel.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.addressLines.filter { LintContext.isLoopback($0.address) }.map { line, address in
      diagnostic(
        "\(line.key) points at \(TextEscaper.brief(address.host)), a loopback address: probably a tunnel, whose certificate name cannot match and which gets no Kerberos",
        at: context.valueRange(line))
    }
  }
}
