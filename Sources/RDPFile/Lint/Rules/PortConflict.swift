/// RDP206: the address's port and `server port` disagree.
struct PortConflict: LintRule {
  static let id = "RDP206"
  static let name = "port-conflict"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A port written in the effective address differs from `server port`.",
    whyItMatters: """
      Clients disagree on which wins: FreeRDP uses `server port` whatever the order, IronRDP and \
      older documentation prefer the port in the address, and mstsc's rule is not documented. \
      The same file connects to different ports in different clients; one of them is likely \
      closed (mstsc error 0x204).
      """,
    example: "full address:s:ts.example.com:3390\nserver port:i:3391",
    fix: "None automatic: keep the intended port in one place.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let serverPort = context.effectiveLine(.serverPort), let value = serverPort.integer.value,
      let source = context.connection.addressSource, let line = context.effectiveLine(forKey: source.rawValue),
      let addressPort = HostAddress(parsing: line.value).port, addressPort != value
    else { return [] }
    return [
      diagnostic(
        "\(source.rawValue) says port \(addressPort) but server port says \(value); FreeRDP connects to \(value), IronRDP to \(addressPort)",
        at: context.valueRange(serverPort))
    ]
  }
}
