/// RDP503: a signable security setting beside a signature that does not cover it.
struct SecureKeyOutsideScope: LintRule {
  static let id = "RDP503"
  static let name = "secure-key-outside-scope"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A signed file with a setting that signing tools cover (such as `authentication level`) that is not in `signscope`.",
    whyItMatters: """
      Signing tools sign every such setting present. One outside the scope was added or changed \
      after signing, and nothing protects it: the signature itself may still verify while the \
      setting changes how the client connects. `rdpfile verify` therefore counts the file as \
      broken; how mstsc treats it is not documented.
      """,
    example: "signscope:s:Full Address\nauthentication level:i:0",
    fix: "None automatic: sign the file again so that the setting is covered, or remove it.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.hasSignatureBlock else { return [] }
    let scope = context.scopeKeys
    return context.findings(atSettings: context.settingLines.indices) { line in
      guard LintContext.signableKeys.contains(line.normalizedKey), !scope.contains(line.normalizedKey) else {
        return nil
      }
      return diagnostic(
        "\(context.show(key: line.key)) is a setting signers cover, but it is outside signscope: it was added or changed after signing and nothing protects it, so the signature no longer vouches for this file",
        at: context.keyRange(line))
    }
  }
}
