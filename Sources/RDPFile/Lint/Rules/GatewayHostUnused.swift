/// RDP302: a gateway is named but will not be used.
struct GatewayHostUnused: LintRule {
  static let id = "RDP302"
  static let name = "gateway-host-unused"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A non-empty `gatewayhostname` while `gatewayusagemethod` is absent, 0 or 4.",
    whyItMatters: """
      Without `gatewayusagemethod` 1 or 2 the gateway is ignored (the default is 0, do not use), \
      so the client connects directly and fails from outside the network (0x204, 0x108) although \
      the file seems to name a gateway.
      """,
    example: "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:0",
    fix: "None automatic: set `gatewayusagemethod` to 1 or 2 if the gateway is meant to be used.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let gateway = context.gatewayLine else { return [] }
    let method = context.integer(.gatewayUsageMethod)
    guard method == nil || method == 0 || method == 4 else { return [] }
    let state = method.map { "gatewayusagemethod is \($0)" } ?? "gatewayusagemethod is not set"
    return [
      diagnostic(
        "gatewayhostname \(context.show(gateway.line.trimmedValue, key: gateway.line.key)) is ignored: \(state), so the client connects directly",
        at: context.valueRange(gateway.line))
    ]
  }
}
