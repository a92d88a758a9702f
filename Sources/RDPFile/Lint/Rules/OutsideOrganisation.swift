/// RDP802: the connection goes to a host name outside the organisation's domains.
struct OutsideOrganisation: LintRule {
  static let id = "RDP802"
  static let name = "outside-organisation"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      When the organisation's allowed domains are given: a host or gateway name that some \
      client connects to and that is in none of them (a domain covers its subdomains). Silent \
      without them, when no domain counts as the organisation's own.
      """,
    whyItMatters: """
      A connection file from outside the organisation sends whoever opens it to someone else's \
      computer, with the resources and credentials the file asks for. That may be expected (a \
      vendor, a partner), but it should be known.
      """,
    example: "full address:s:rdp.partner.example   (triaged with contoso.com as an allowed domain)",
    fix: "None automatic: add the domain to the allowed domains if it is yours.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard !context.policy.allowedDomains.isEmpty else { return [] }
    let hosts = context.destinations.map { ($0, "connects to") } + context.gateways.map { ($0, "uses the gateway") }
    let domains = context.policy.allowedDomains.joined(separator: ", ")
    return hosts.filter { $0.0.assessment.place == .outside }.map { destination, verb in
      diagnostic(
        "the file \(verb) '\(TextEscaper.brief(destination.assessment.host))'\(LintContext.clientsText(destination.clients)), outside the allowed domains (\(domains))",
        at: destination.line.map(context.valueRange) ?? context.destinationRange)
    }
  }
}
