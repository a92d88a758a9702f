/// RDP507: a signed file with a signable setting written twice.
struct DuplicateSecureKey: LintRule {
  static let id = "RDP507"
  static let name = "duplicate-secure-key"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "In a signed file, a signable key (such as `full address`) that appears more than once.",
    whyItMatters: """
      Which occurrence a signature covers and which one a client uses need not be the same line: \
      a signed `full address` can sit beside a later, unsigned one that wins (FreeRDP uses the \
      last occurrence; mstsc's choice is undocumented). `rdpfile sign` refuses such files and \
      `rdpfile verify` counts them as broken.
      """,
    example: "full address:s:ts.example.com\n…\nfull address:s:elsewhere.example.net",
    fix: "None automatic: keep one line and sign again.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.hasSignatureBlock else { return [] }
    var seen: Set<String> = []
    var diagnostics: [Diagnostic] = []
    for line in context.settingLines where LintContext.signableKeys.contains(line.normalizedKey) {
      if !seen.insert(line.normalizedKey).inserted {
        diagnostics.append(
          diagnostic(
            "\(context.show(key: line.key)) appears more than once in a signed file; the signed line and the line clients use may differ",
            at: context.keyRange(line)))
      }
    }
    return diagnostics
  }
}
