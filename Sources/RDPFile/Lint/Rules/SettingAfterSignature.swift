/// RDP505: settings after the signature lines.
struct SettingAfterSignature: LintRule {
  static let id = "RDP505"
  static let name = "setting-after-signature"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "A setting line after the `signature` line of a signed file.",
    whyItMatters: """
      Signers write `signscope` and `signature` as the last two lines. Anything after them was \
      appended later and is not signed; appending is how a signed file is quietly changed, for \
      example to add a drive redirection or switch off server authentication.
      """,
    example: "signature:s:AQABAAEAAAA…\nauthentication level:i:0",
    fix: "None automatic: remove the line, or sign the file again if the change is wanted.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.hasSignatureBlock, let signature = context.signatureLine else { return [] }
    return context.findings(atSettings: context.settingLines.indices) { line in
      guard line.index > signature.index, line.normalizedKey != "signscope", line.normalizedKey != "signature" else {
        return nil
      }
      return diagnostic(
        "\(context.show(key: line.key)) comes after the signature, so it was added after signing and is not signed",
        at: context.lineRange(line))
    }
  }
}
