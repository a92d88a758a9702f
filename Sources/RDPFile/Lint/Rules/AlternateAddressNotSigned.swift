/// RDP504: a signature that leaves `alternate full address` open.
struct AlternateAddressNotSigned: LintRule {
  static let id = "RDP504"
  static let name = "alternate-address-not-signed"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A signed file whose scope covers `full address` but not `alternate full address`.",
    whyItMatters: """
      `alternate full address` wins over `full address`. If it is not signed, anyone can add one \
      and send users elsewhere while the signature over `full address` still verifies. Signing \
      tools guard against this by copying `full address` into `alternate full address` before \
      signing.
      """,
    example: "signscope:s:Full Address,Server Port",
    fix: "None automatic: sign again (rdpfile sign adds the alternate address first).")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.hasSignatureBlock, let scope = context.signScopeLine else { return [] }
    let keys = context.scopeKeys
    guard keys.contains("full address"), !keys.contains("alternate full address") else { return [] }
    return [
      diagnostic(
        "signscope covers full address but not alternate full address, which wins over it and can be added without breaking the signature",
        at: context.valueRange(scope))
    ]
  }
}
