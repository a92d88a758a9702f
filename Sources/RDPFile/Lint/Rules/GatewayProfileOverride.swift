/// RDP303: the administrator's default gateway profile may replace the file's gateway settings.
struct GatewayProfileOverride: LintRule {
  static let id = "RDP303"
  static let name = "gateway-profile-override"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A gateway in use while `gatewayprofileusagemethod` is absent or 0.",
    whyItMatters: """
      With 0 (the default) the administrator's default gateway profile applies and can replace \
      the gateway settings written in the file, so the file does not fully decide how the user \
      connects.
      """,
    example: "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\ngatewayprofileusagemethod:i:0",
    fix:
      "Sets `gatewayprofileusagemethod` to 1. Unsafe: it can change which gateway is used, from the administrator's to the file's."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.usesGateway, let gateway = context.gatewayLine else { return [] }
    let line = context.effectiveLine(.gatewayProfileUsageMethod)
    guard (line?.integer.value ?? 0) == 0 else { return [] }
    let fix = Fix(
      title: "Set gatewayprofileusagemethod to 1 (use the file's gateway settings)", applicability: .unsafe,
      edits: [FixBuilder.set("gatewayprofileusagemethod", .integer, "1", in: context)])
    return [
      diagnostic(
        "gatewayprofileusagemethod is \(line == nil ? "not set" : "0"): the administrator's default gateway profile may replace this file's gateway settings",
        at: line.map(context.lineRange) ?? context.valueRange(gateway.line), fix: fix)
    ]
  }
}
