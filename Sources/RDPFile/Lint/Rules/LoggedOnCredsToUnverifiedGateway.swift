/// RDP404: signed-in credentials offered to a gateway whose name cannot be checked.
struct LoggedOnCredsToUnverifiedGateway: LintRule {
  static let id = "RDP404"
  static let name = "logged-on-creds-to-unverified-gateway"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`gatewaycredentialssource:i:2` (the signed-in user's credentials) with a gateway named by IP address or single-label name.",
    whyItMatters: """
      Single sign-on hands the user's Windows credentials to the gateway. The gateway is trusted \
      only through its certificate, and an IP address or a bare name cannot be matched against \
      one, so the credentials may go to a host nobody verified.
      """,
    example: "gatewayhostname:s:203.0.113.5\ngatewaycredentialssource:i:2",
    fix: "None automatic: name the gateway by the name on its certificate.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let source = context.effectiveLine(.gatewayCredentialsSource), source.integer.value == 2,
      let gateway = context.gatewayLine,
      gateway.address.isIPLiteral || (gateway.address.kind == .name && !gateway.address.host.contains("."))
    else { return [] }
    return [
      diagnostic(
        "gatewaycredentialssource 2 sends the signed-in user's credentials to \(TextEscaper.brief(gateway.address.host)), whose identity a certificate cannot confirm",
        at: context.valueRange(source))
    ]
  }
}
