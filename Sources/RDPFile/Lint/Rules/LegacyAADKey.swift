/// RDP213: `targetisaadjoined` is the retired way to reach Entra-joined computers.
struct LegacyAADKey: LintRule {
  static let id = "RDP213"
  static let name = "legacy-aad-key"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A `targetisaadjoined` line.",
    whyItMatters: """
      Microsoft replaced `targetisaadjoined` (password sign-in to Entra-joined hosts from other \
      clients) with `enablerdsaadauth` (Entra ID authentication). The two do not mean the same \
      thing, so the replacement is a decision, not a rename.
      """,
    example: "targetisaadjoined:i:1",
    fix: "None automatic: decide whether `enablerdsaadauth:i:1` is what you want; it changes how users sign in.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.lines(.targetIsAADJoined).map { line in
      diagnostic(
        "targetisaadjoined is superseded by enablerdsaadauth, which changes how users sign in; review before replacing",
        at: context.keyRange(line))
    }
  }
}
