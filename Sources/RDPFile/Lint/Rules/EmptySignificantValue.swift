/// RDP612: an empty user name next to a domain.
struct EmptySignificantValue: LintRule {
  static let id = "RDP612"
  static let name = "empty-significant-value"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "`username:s:` empty while `domain` is set.",
    whyItMatters: """
      A domain without a user name prefills nothing useful: users are asked for the full account \
      anyway. FreeRDP 2.11 drops the domain; FreeRDP 3.30 keeps it (both measured). Usually a \
      template that was only half filled in.
      """,
    example: "username:s:\ndomain:s:CORP",
    fix: "None automatic: fill in the user name or remove both lines.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let user = context.effectiveLine(.username), user.trimmedValue.isEmpty,
      let domain = context.effectiveLine(.domain), !domain.trimmedValue.isEmpty
    else { return [] }
    return [
      diagnostic(
        "username is empty while domain is set; the domain alone does not identify an account",
        at: context.lineRange(user))
    ]
  }
}
