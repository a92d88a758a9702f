/// RDP810: a user name filled in for a host outside the organisation.
struct PrefilledAccount: LintRule {
  static let id = "RDP810"
  static let name = "prefilled-account"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A `username` (and `domain`) in a file whose host is outside the organisation.",
    whyItMatters: """
      A prompt that already shows the user's own account looks routine, and people type their \
      password into it. From outside the organisation, that password goes to someone else's \
      computer.
      """,
    example: "full address:s:rdp.partner.example\nusername:s:CONTOSO\\alice",
    fix: "None automatic: check where the file connects before signing in.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.leavesOrganisation, let line = context.effectiveLine(.username), !line.valueIsBlank else {
      return []
    }
    return [
      diagnostic(
        "the sign-in prompt comes filled in with \(context.show(PlainText.trimmed(line.value), key: line.key)) for \(context.outsideHostsText), outside the organisation",
        at: context.valueRange(line))
    ]
  }
}
