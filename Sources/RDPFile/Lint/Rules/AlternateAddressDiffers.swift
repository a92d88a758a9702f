/// RDP209: `alternate full address` sends the connection somewhere else.
struct AlternateAddressDiffers: LintRule {
  static let id = "RDP209"
  static let name = "alternate-address-differs"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`alternate full address` present and different from `full address`.",
    whyItMatters: """
      Clients connect to `alternate full address` when it is present (FreeRDP does, and notes \
      that mstsc does too), so the address people see in `full address` is not where the \
      connection goes. In a signed file this is the classic bypass: an unsigned alternate address \
      overrides the signed one, which is why signers copy `full address` into it.
      """,
    example: "full address:s:ts.example.com\nalternate full address:s:other.example.net",
    fix: "None automatic: make both the same, or remove the alternate address.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let alternate = context.effectiveLine(.alternateFullAddress), !alternate.trimmedValue.isEmpty,
      let full = context.effectiveLine(.fullAddress),
      PlainText.asciiLowercased(alternate.trimmedValue) != PlainText.asciiLowercased(full.trimmedValue)
    else { return [] }
    return [
      diagnostic(
        "alternate full address \(context.show(alternate.trimmedValue, key: alternate.key)) differs from full address \(context.show(full.trimmedValue, key: full.key)); clients connect to the alternate",
        at: context.valueRange(alternate))
    ]
  }
}
