/// RDP204: an IPv6 address without brackets or port.
struct IPv6Unbracketed: LintRule {
  static let id = "RDP204"
  static let name = "ipv6-unbracketed"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`full address`, `alternate full address` or `gatewayhostname` holding an IPv6 address without brackets (and not of the `IPv6:port` form of RDP203).",
    whyItMatters: """
      FreeRDP 2.11 and 3.30 split a port off at the last colon: `fe80::1` becomes host `fe80:` \
      and port 1 (measured). mstsc reads the whole address. The bracketed form `[fe80::1]:3389` \
      suits mstsc, but FreeRDP keeps the brackets and its resolver rejects them; `fe80::1:3389` \
      suits FreeRDP and not mstsc. No IPv6 literal works in both.
      """,
    example: "full address:s:fe80::1",
    fix: "None automatic: no spelling works for every client; use a DNS name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    var lines = context.addressLines.map { ($0.line, $0.address) }
    if let gateway = context.gatewayLine { lines.append((gateway.line, gateway.address)) }
    return lines.compactMap { line, address in
      guard address.kind == .ipv6, !address.isBracketed, IPv6PortUnbracketed.split(line.trimmedValue) == nil else {
        return nil
      }
      return diagnostic(
        "\(line.key) holds the IPv6 address \(TextEscaper.brief(address.host)) without brackets: mstsc reads it whole, FreeRDP 2.11 and 3.30 split it at the last colon; no literal spelling works in both, a DNS name does",
        at: context.valueRange(line))
    }
  }
}
