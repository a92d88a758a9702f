/// RDP506: a signed setting written in a form signing tools do not match.
struct SignedKeyCaseOrSpacing: LintRule {
  static let id = "RDP506"
  static let name = "signed-key-case-or-spacing"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "In a signed file, a line of a signable key written with upper-case letters or spaces around the key.",
    whyItMatters: """
      Signing tools find the lines to sign by their exact lower-case `key:type:` prefix. A key \
      written `Full Address` or ` full address` is skipped when signing and is then not \
      protected, or makes verification disagree with the signer.
      """,
    example: "Full Address:s:ts.example.com",
    fix: "None automatic: write the key in lower case without spaces, then sign again.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.hasSignatureBlock else { return [] }
    return context.findings(atSettings: context.settingLines.indices) { line in
      let trimmedKey = PlainText.trimmed(line.normalizedKey)
      guard LintContext.signableKeys.contains(trimmedKey), line.key != trimmedKey else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) is not written in lower case without spaces; signing tools match the exact lower-case key and skip this line",
        at: context.keyRange(line))
    }
  }
}
