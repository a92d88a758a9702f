/// RDP502: `signscope` names a setting the file does not have.
struct SignscopeNamesMissingKeys: LintRule {
  static let id = "RDP502"
  static let name = "signscope-names-missing-keys"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A name in `signscope` with no matching setting line (names match keys without regard to case).",
    whyItMatters: """
      The signed content is rebuilt from the lines the scope names. A missing line means the \
      content cannot be rebuilt, so the signature cannot verify: the line was removed after \
      signing, or the file was assembled by hand.
      """,
    example: "signscope:s:Full Address,Server Port\n(no server port line)",
    fix: "None automatic: restore the line or sign the file again.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let scope = context.signScopeLine else { return [] }
    let missing = context.scopeNames.filter { context.lastLine(forKey: PropertyCatalogue.key(forScopeName: $0)) == nil }
    guard !missing.isEmpty else { return [] }
    var names = missing.prefix(5).map { "'\(TextEscaper.brief($0, limit: 40))'" }.joined(separator: ", ")
    if missing.count > 5 { names += " and \(missing.count - 5) more" }
    return [
      diagnostic(
        "signscope names \(names), but the file has no such line, so the signature cannot verify",
        at: context.valueRange(scope))
    ]
  }
}
