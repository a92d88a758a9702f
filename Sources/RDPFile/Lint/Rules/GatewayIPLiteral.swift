/// RDP304: the gateway is named by IP address.
struct GatewayIPLiteral: LintRule {
  static let id = "RDP304"
  static let name = "gateway-ip-literal"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`gatewayhostname` holding an IP address.",
    whyItMatters: """
      The client checks the gateway's TLS certificate against `gatewayhostname`. Certificates \
      name hosts and rarely list IP addresses, so an address usually fails the check (0x3000003) \
      or trains users to accept whatever certificate the gateway presents, and the gateway sees \
      the user's credentials.
      """,
    example: "gatewayhostname:s:203.0.113.5",
    fix: "None automatic: use the name on the gateway's certificate.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let gateway = context.gatewayLine, gateway.address.isIPLiteral else { return [] }
    return [
      diagnostic(
        "gatewayhostname is the IP address \(TextEscaper.brief(gateway.address.host)); the gateway's certificate is checked against it and matches only if it lists this address",
        at: context.valueRange(gateway.line))
    ]
  }
}
