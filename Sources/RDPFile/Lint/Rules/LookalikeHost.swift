/// RDP803: a host or gateway name that imitates another.
struct LookalikeHost: LintRule {
  static let id = "RDP803"
  static let name = "lookalike-host"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      Host and gateway names that look like other names: letters from other scripts that pass \
      for Latin ones (Cyrillic `а` for `a`), punycode (`xn--`) that shows such letters, digits \
      or letter pairs for letters (`micros0ft`, `rnicrosoft`), a name one or two letters away \
      from an allowed domain, or the organisation's name used in another domain.
      """,
    whyItMatters: """
      The Windows dialog shows the remote address, and people read it at a glance. A name built \
      to be misread is the mark of a phishing file: nobody registers `c0ntoso.com` by accident.
      """,
    example: "full address:s:rdp.c0ntoso.com   (triaged with contoso.com as an allowed domain)",
    fix: "None automatic: do not open the file; report it.")

  func check(_ context: LintContext) -> [Diagnostic] {
    let hosts = context.destinations.map { ($0, "connects to") } + context.gateways.map { ($0, "uses the gateway") }
    return hosts.compactMap { destination, verb in
      guard let reason = destination.assessment.lookAlike else { return nil }
      return diagnostic(
        "the file \(verb) '\(TextEscaper.brief(destination.assessment.host))'\(LintContext.clientsText(destination.clients)), a name built to be misread: \(reason)",
        at: destination.line.map(context.valueRange) ?? context.destinationRange)
    }
  }
}
