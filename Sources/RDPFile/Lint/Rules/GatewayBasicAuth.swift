/// RDP305: the gateway password is sent with HTTP Basic authentication.
struct GatewayBasicAuth: LintRule {
  static let id = "RDP305"
  static let name = "gateway-basic-auth"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`gatewaycredentialssource:i:3`.",
    whyItMatters: """
      Value 3 asks for a password and sends it to the gateway with HTTP Basic authentication: \
      the password itself travels, protected only by the gateway's TLS. If that certificate is \
      not properly verified (see RDP304), the password is exposed.
      """,
    example: "gatewaycredentialssource:i:3",
    fix: "None automatic: prefer 0 (NTLM password), 1 (smart card) or 5 (cookie) where the gateway supports them.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.gatewayCredentialsSource), line.integer.value == 3 else {
      return []
    }
    return [
      diagnostic(
        "gatewaycredentialssource 3 sends the password to the gateway with Basic authentication, protected only by the gateway's TLS",
        at: context.valueRange(line))
    ]
  }
}
