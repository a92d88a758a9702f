/// RDP809: the user's credentials go to a gateway outside the organisation.
struct GatewayCredentialHandover: LintRule {
  static let id = "RDP809"
  static let name = "gateway-credential-handover"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A gateway outside the organisation that gets the user's credentials: \
      `gatewaycredentialssource:i:2` (the signed-in Windows account) or \
      `promptcredentialonce:i:1` (the same credentials for gateway and host).
      """,
    whyItMatters: """
      The gateway is the first computer the credentials reach. One in someone else's domain \
      receives the user's Windows password or the one typed for the host, whatever the host \
      turns out to be.
      """,
    example: "gatewayhostname:s:gw.c0ntoso.com\ngatewayusagemethod:i:1\ngatewaycredentialssource:i:2",
    fix: "None automatic: do not open the file; a file of your own should name your gateway.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let gateway = context.gateways.first(where: { $0.assessment.isOutside }) else { return [] }
    let name = "'\(TextEscaper.brief(gateway.assessment.host))'"
    var found: [Diagnostic] = []
    if let source = context.effectiveLine(.gatewayCredentialsSource), source.integer.value == 2 {
      found.append(
        diagnostic(
          "gatewaycredentialssource 2 sends the signed-in Windows account to the gateway \(name), outside the organisation",
          at: context.valueRange(source)))
    }
    if let once = context.effectiveLine(.promptCredentialOnce), once.integer.value == 1 {
      found.append(
        diagnostic(
          "promptcredentialonce 1 sends the credentials typed for the host to the gateway \(name) too, outside the organisation",
          at: context.valueRange(once)))
    }
    return found
  }
}
