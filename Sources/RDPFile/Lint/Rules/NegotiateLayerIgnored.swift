/// RDP104: `negotiate security layer:i:0` has no effect while CredSSP is on.
struct NegotiateLayerIgnored: LintRule {
  static let id = "RDP104"
  static let name = "negotiate-layer-ignored"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`negotiate security layer:i:0` while CredSSP is on (`enablecredsspsupport` absent or 1).",
    whyItMatters: """
      Microsoft documents that the client ignores this setting when CredSSP is enabled: it \
      neither forces legacy RDP security nor changes anything else. It is often added as a \
      "fix" for connection errors and then misleads whoever reads the file later.
      """,
    example: "negotiate security layer:i:0",
    fix: "Removes the line. Safe: the setting has no effect here.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(forKey: "negotiate security layer"), line.integer.value == 0,
      context.connection.credSSP
    else { return [] }
    return [
      diagnostic(
        "negotiate security layer 0 is ignored while CredSSP is enabled; it does not force legacy RDP security",
        at: context.lineRange(line),
        fix: FixBuilder.delete(context.lines(forKey: "negotiate security layer").map(\.index), title: "Remove negotiate security layer", .safe))
    ]
  }
}
