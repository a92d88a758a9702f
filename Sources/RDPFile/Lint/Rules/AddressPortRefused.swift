/// RDP706: a port in an address that is not 1–65535, which makes FreeRDP refuse the file.
struct AddressPortRefused: LintRule {
  static let id = "RDP706"
  static let name = "address-port-refused"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`full address`, `alternate full address` or `gatewayhostname` ending in `:` followed by something that is not a port from 1 to 65535, as FreeRDP splits it (at the last colon, or after `]:`).",
    whyItMatters: """
      FreeRDP refuses the whole file when such a port does not parse (`host:`, `host:0`, \
      `host:70000`, `host:abc`, or a bare IPv6 address ending in letters such as `fe80::abcd`). \
      mstsc cannot connect to a port that does not exist either.
      """,
    example: "full address:s:ts.example.com:99999",
    fix: "None automatic: write the intended port, or bracket an IPv6 address (`[fe80::abcd]:3389`).")

  func check(_ context: LintContext) -> [Diagnostic] {
    var lines = context.addressLines.map(\.line)
    if let gateway = context.gatewayLine { lines.append(gateway.line) }
    return lines.compactMap { line in
      guard FreeRDPReading.refusesPort(inAddress: line.value) else { return nil }
      return diagnostic(
        "\(line.key) \(context.show(line.trimmedValue, key: line.key)) ends in a port that is not 1–65535; FreeRDP refuses the whole file and no client can connect there",
        at: context.valueRange(line))
    }
  }
}
