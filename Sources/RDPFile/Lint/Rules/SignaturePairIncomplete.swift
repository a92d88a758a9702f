/// RDP501: only one of `signscope` and `signature`.
struct SignaturePairIncomplete: LintRule {
  static let id = "RDP501"
  static let name = "signature-pair-incomplete"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A file with `signscope` but no `signature`, or the other way round.",
    whyItMatters: """
      A signature needs both lines: the scope says what was signed and the signature proves it. \
      With one missing the file is neither signed nor cleanly unsigned; Windows treats it as \
      unverified and shows the red "unknown remote connection" warning.
      """,
    example: "full address:s:ts.example.com\nsignature:s:AQABAAEAAAA…",
    fix:
      "Removes the lone line. Unsafe: it drops what is left of the tamper evidence; sign the file again instead if you can."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let scope = context.lines(.signScope)
    let signature = context.lines(.signature)
    guard scope.isEmpty != signature.isEmpty else { return [] }
    let present = scope + signature
    let missing = scope.isEmpty ? "signscope" : "signature"
    return [
      diagnostic(
        "\(present[0].key) is present but \(missing) is missing, so the file cannot be verified and shows as unverified",
        at: context.keyRange(present[0]),
        fix: FixBuilder.delete(present.map(\.index), title: "Remove the incomplete signature", .unsafe))
    ]
  }
}
