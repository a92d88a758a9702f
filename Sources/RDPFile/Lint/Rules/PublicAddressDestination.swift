/// RDP801: the connection, or its gateway, goes to an internet address given as a number.
struct PublicAddressDestination: LintRule {
  static let id = "RDP801"
  static let name = "public-address-destination"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A host or gateway that some client connects to (after `alternate full address`, port and \
      gateway precedence, per client) written as an IP address outside the private, loopback, \
      link-local and shared ranges.
      """,
    whyItMatters: """
      An organisation's own servers have names, and its internal ones private addresses. A file \
      that sends people to a bare internet address names no organisation a certificate or a \
      person could check; phishing files are often written this way. It is also a ready \
      indicator for blocklists.
      """,
    example: "full address:s:203.0.113.45",
    fix: "None automatic: use the server's name, or make sure the address is your own.")

  func check(_ context: LintContext) -> [Diagnostic] {
    let hosts = context.destinations.map { ($0, "connects to") } + context.gateways.map { ($0, "uses the gateway") }
    return hosts.filter { $0.0.assessment.place == .publicAddress }.map { destination, verb in
      diagnostic(
        "the file \(verb) the internet address '\(TextEscaper.brief(destination.assessment.host))'\(LintContext.clientsText(destination.clients)); nothing names who runs it",
        at: destination.line.map(context.valueRange) ?? context.destinationRange)
    }
  }
}
