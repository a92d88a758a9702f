/// RDP207: `server port` is not a TCP port.
struct PortOutOfRange: LintRule {
  static let id = "RDP207"
  static let name = "port-out-of-range"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`server port` holding a number outside 1–65535. (A bad port inside an address is RDP706.)",
    whyItMatters: """
      TCP ports run from 1 to 65535. FreeRDP passes any number through unchecked and fails to \
      connect; other clients reject the file or fall back to 3389. Either way the connection does \
      not go where the file says.
      """,
    example: "server port:i:70000",
    fix: "None automatic: write the port the server listens on.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.serverPort), let value = line.integer.value,
      !(1...65535).contains(value)
    else { return [] }
    return [
      diagnostic(
        "server port \(value) is not a TCP port (1–65535); the connection cannot go there", at: context.valueRange(line)
      )
    ]
  }
}
