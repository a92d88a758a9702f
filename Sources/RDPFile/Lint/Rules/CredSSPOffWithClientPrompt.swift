/// RDP108: CredSSP off while the file asks the client to prompt for credentials.
struct CredSSPOffWithClientPrompt: LintRule {
  static let id = "RDP108"
  static let name = "credssp-off-with-client-prompt"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`enablecredsspsupport:i:0` with `prompt for credentials:i:1` or `prompt for credentials on client:i:1`.",
    whyItMatters: """
      Prompting on the client hands the typed credentials to CredSSP; with CredSSP off there is \
      nothing to hand them to. mstsc's message for error 0xD09 describes a policy that requires \
      credentials typed in the Windows Security dialog meeting a remote side that cannot take \
      them; that this combination leads there is an inference, not documented. The two \
      settings pull in opposite directions.
      """,
    example: "enablecredsspsupport:i:0\nprompt for credentials on client:i:1",
    fix: "None automatic: turn CredSSP back on (RDP102) or drop the client prompt.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard !context.connection.credSSP else { return [] }
    for key in ["prompt for credentials on client", "prompt for credentials"] {
      if let line = context.effectiveLine(forKey: key), line.integer.value == 1 {
        return [
          diagnostic(
            "\(key) 1 asks for credentials on the client, but CredSSP is off, so they cannot be passed on; where policy requires it, mstsc may end with error 0xD09",
            at: context.lineRange(line))
        ]
      }
    }
    return []
  }
}
