/// RDP707: an IPv6 address without a port, which FreeRDP splits at its last colon.
struct IPv6WithoutPort: LintRule {
  static let id = "RDP707"
  static let name = "ipv6-without-port"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "The effective address is an IPv6 literal, bracketed or not, with no port after it.",
    whyItMatters: """
      FreeRDP cuts a port off at the last colon even inside an IPv6 address: `fe80::1` becomes \
      host `fe80:` and port 1, `[fe80::1]` host `[fe80:` and port 1. The connection goes nowhere. \
      Only `[address]:port` reads correctly everywhere.
      """,
    example: "full address:s:[2001:db8::10]",
    fix: "Writes `[address]:port` with the port the file already uses (3389 by default). Safe: destination and port stay the same.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let source = context.connection.addressSource, let address = context.connection.address,
      address.kind == .ipv6, address.portText == nil, address.malformedTail == nil,
      let line = context.effectiveLine(forKey: source.rawValue)
    else { return [] }
    let fixed = "[\(address.host)]:\(context.connection.port)"
    return [
      diagnostic(
        "\(line.key) holds the IPv6 address \(TextEscaper.brief(address.host)) without a port; FreeRDP splits it at the last colon and connects to the wrong host and port",
        at: context.valueRange(line), fix: FixBuilder.setValue(line, to: fixed, title: "Write \(TextEscaper.brief(fixed))", .safe))
    ]
  }
}
