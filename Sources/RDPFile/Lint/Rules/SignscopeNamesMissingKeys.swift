/// RDP502: `signscope` names a setting the file does not have.
struct SignscopeNamesMissingKeys: LintRule {
  static let id = "RDP502"
  static let name = "signscope-names-missing-keys"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A name in `signscope` with no matching setting line (names match keys without regard to \
      case), including an empty name left by a doubled or trailing comma.
      """,
    whyItMatters: """
      The signed content is rebuilt from the lines the scope names. A missing line means the \
      content cannot be rebuilt, so the signature cannot verify: the line was removed after \
      signing, or the file was assembled by hand.
      """,
    example: "signscope:s:Full Address,Server Port\n(no server port line)",
    fix: "None automatic: restore the line or sign the file again.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.signScopeLine, let scope = context.signScope else { return [] }
    let missing = scope.missingNames(in: context.effective)
    guard !missing.isEmpty else { return [] }
    let named = missing.filter { !$0.isEmpty }
    var message: String
    if named.isEmpty {
      message = "signscope has an empty name, which matches no line"
    } else {
      message =
        "signscope names " + named.prefix(5).map { "'\(TextEscaper.brief($0, limit: 40))'" }.joined(separator: ", ")
      if named.count > 5 { message += " and \(named.count - 5) more" }
      message += ", but the file has no such line"
      if named.count < missing.count { message += ", and an empty name" }
    }
    return [diagnostic(message + ", so the signature cannot verify", at: context.valueRange(line))]
  }
}
