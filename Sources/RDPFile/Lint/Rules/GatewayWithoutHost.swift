/// RDP301: the file says to use a gateway but names none.
struct GatewayWithoutHost: LintRule {
  static let id = "RDP301"
  static let name = "gateway-without-host"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`gatewayusagemethod` 1 (always) or 2 (when direct fails) with no or an empty `gatewayhostname`.",
    whyItMatters: """
      The client is told to go through an RD Gateway but has no gateway to go through: with 1 \
      the connection cannot be made at all, with 2 the fallback a user counts on is missing \
      (gateway errors such as 0x300000C).
      """,
    example: "gatewayusagemethod:i:1\ngatewayhostname:s:",
    fix: "None automatic: name the gateway, or set `gatewayusagemethod` to 0.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let usage = context.effectiveLine(.gatewayUsageMethod), let method = usage.integer.value,
      method == 1 || method == 2, context.gatewayLine == nil
    else { return [] }
    return [
      diagnostic(
        "gatewayusagemethod \(method) routes the connection through a gateway, but gatewayhostname is empty or missing",
        at: context.valueRange(usage))
    ]
  }
}
