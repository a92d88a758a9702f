/// RDP211: Microsoft Entra sign-in requested against an IP address.
struct EntraAuthWithIP: LintRule {
  static let id = "RDP211"
  static let name = "entra-auth-with-ip"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`enablerdsaadauth:i:1` while the address is an IP literal.",
    whyItMatters: """
      Microsoft's documentation for Entra ID sign-in says the computer must be named by its \
      NetBIOS or DNS name matching the device; an IP address does not work. The sign-in fails.
      """,
    example: "full address:s:192.0.2.10\nenablerdsaadauth:i:1",
    fix: "None automatic: use the device's name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.enableRDSAADAuth), line.integer.value == 1,
      let address = context.connection.address, address.isIPLiteral
    else { return [] }
    return [
      diagnostic(
        "enablerdsaadauth 1 needs the device's name, but the address is the IP \(TextEscaper.brief(address.host)); Entra sign-in will fail",
        at: context.lineRange(line))
    ]
  }
}
