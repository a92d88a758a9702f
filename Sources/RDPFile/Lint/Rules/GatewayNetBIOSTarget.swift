/// RDP308: a single-label target behind a gateway.
struct GatewayNetBIOSTarget: LintRule {
  static let id = "RDP308"
  static let name = "gateway-netbios-target"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A gateway in use and a target host name without a domain part.",
    whyItMatters: """
      The gateway resolves the target, and its resource authorization policy usually lists fully \
      qualified names or addresses. A NetBIOS-style name is refused with 0x300001B ("not in the \
      RD Gateway permission list, or NetBIOS name given").
      """,
    example: "full address:s:TS01\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1",
    fix: "None automatic: write the fully qualified name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.usesGateway, let address = context.connection.address, address.kind == .name,
      !address.host.contains("."), AddressSyntax.isPlausibleHostName(address.host),
      let source = context.connection.addressSource,
      let line = context.effectiveLine(forKey: source.rawValue)
    else { return [] }
    return [
      diagnostic(
        "\(TextEscaper.brief(address.host)) has no domain part and the connection goes through a gateway, which may refuse it (0x300001B)",
        at: context.valueRange(line))
    ]
  }
}
