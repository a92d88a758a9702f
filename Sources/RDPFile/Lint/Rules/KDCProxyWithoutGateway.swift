/// RDP307: the gateway is declared a KDC proxy but no gateway is used.
struct KDCProxyWithoutGateway: LintRule {
  static let id = "RDP307"
  static let name = "kdcproxy-without-gateway"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`rdgiskdcproxy:i:1` while no gateway is in use.",
    whyItMatters: """
      The setting makes the RD Gateway act as the Kerberos KDC proxy (Microsoft does not document \
      it; FreeRDP 3.30 reads it, FreeRDP 2.11 does not). Without a gateway in use there is no \
      gateway to act as one, so Kerberos from outside the network may fail where the file \
      seemed to provide for it.
      """,
    example: "rdgiskdcproxy:i:1\ngatewayusagemethod:i:0",
    fix: "None automatic: configure the gateway, or remove the setting.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.rdgIsKDCProxy), line.integer.value == 1, !context.usesGateway
    else {
      return []
    }
    return [
      diagnostic("rdgiskdcproxy is 1 but no gateway is in use to act as the KDC proxy", at: context.lineRange(line))
    ]
  }
}
