/// RDP210: a host name without a domain.
struct SingleLabelHost: LintRule {
  static let id = "RDP210"
  static let name = "single-label-host"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "The effective host is a name without a dot (other than `localhost`).",
    whyItMatters: """
      A single-label name resolves only through DNS suffix search, NetBIOS or LLMNR, so it works \
      inside one network and fails from others (Microsoft's tables list name failures as 0x104 \
      and 0x208, not 0x904). Behind an RD \
      Gateway a NetBIOS-style target can be refused with 0x300001B because the gateway expects a \
      fully qualified name.
      """,
    example: "full address:s:TS01",
    fix: "None automatic: write the fully qualified name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let address = context.connection.address, address.kind == .name, !address.host.contains("."),
      !LintContext.isLoopback(address), AddressSyntax.isPlausibleHostName(address.host),
      let source = context.connection.addressSource,
      let line = context.effectiveLine(forKey: source.rawValue)
    else { return [] }
    return [
      diagnostic(
        "\(TextEscaper.brief(address.host)) has no domain part; it resolves only where suffix search or NetBIOS finds it",
        at: context.valueRange(line))
    ]
  }
}
