/// RDP204: a bare IPv6 address without brackets.
struct IPv6Unbracketed: LintRule {
  static let id = "RDP204"
  static let name = "ipv6-unbracketed"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`full address`, `alternate full address` or `gatewayhostname` holding an IPv6 address without brackets (and not of the `IPv6:port` form of RDP203).",
    whyItMatters: """
      Addresses with colons are read by splitting off a port at the last colon. FreeRDP turns \
      `fe80::1` into host `fe80:` and port 1; adding a port later makes it ambiguous. The \
      bracketed form with an explicit port is read the same way everywhere.
      """,
    example: "full address:s:fe80::1",
    fix: "Writes `[address]:port` with the port the file already uses (3389 by default). Safe: destination and port stay the same.")

  func check(_ context: LintContext) -> [Diagnostic] {
    var lines = context.addressLines.map { ($0.line, $0.address, context.connection.port) }
    if let gateway = context.gatewayLine { lines.append((gateway.line, gateway.address, Gateway.defaultPort)) }
    return lines.compactMap { line, address, port in
      guard address.kind == .ipv6, !address.isBracketed, IPv6PortUnbracketed.split(line.trimmedValue) == nil else {
        return nil
      }
      let fixed = "[\(address.host)]:\(port)"
      return diagnostic(
        "\(line.key) holds the IPv6 address \(TextEscaper.brief(address.host)) without brackets; FreeRDP splits it at the last colon",
        at: context.valueRange(line), fix: FixBuilder.setValue(line, to: fixed, title: "Write \(TextEscaper.brief(fixed))", .safe))
    }
  }
}
