/// RDP707: an IPv6 address with no port, which FreeRDP splits at its last colon.
struct IPv6WithoutPort: LintRule {
  static let id = "RDP707"
  static let name = "ipv6-without-port"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "The effective address is an IPv6 literal, bracketed or not, with no port after it.",
    whyItMatters: """
      FreeRDP 2.11 and 3.30 cut a port off at the last colon even inside an IPv6 address: \
      `fe80::1` becomes host `fe80:` and port 1, `[fe80::1]` host `[fe80:` and port 1 \
      (measured). Adding a port does not rescue it: `[address]:port` keeps its brackets in \
      FreeRDP, whose resolver then rejects them, and only the unbracketed `address:port` \
      connects there, which mstsc does not accept. No IPv6 literal works in both.
      """,
    example: "full address:s:[2001:db8::10]",
    fix: "None automatic: no spelling works for every client; use a DNS name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let source = context.connection.addressSource, let address = context.connection.address,
      address.kind == .ipv6, address.portText == nil, address.malformedTail == nil,
      let line = context.effectiveLine(forKey: source.rawValue)
    else { return [] }
    return [
      diagnostic(
        "\(line.key) holds the IPv6 address \(TextEscaper.brief(address.host)) without a port: FreeRDP 2.11 and 3.30 split it at the last colon and connect to the wrong host and port; no literal spelling works for both FreeRDP and mstsc, a DNS name does",
        at: context.valueRange(line))
    ]
  }
}
