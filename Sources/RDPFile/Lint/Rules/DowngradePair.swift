/// RDP103: both classic workarounds at once: no server authentication and no NLA.
struct DowngradePair: LintRule {
  static let id = "RDP103"
  static let name = "downgrade-pair"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`authentication level:i:0` together with `enablecredsspsupport:i:0`.",
    whyItMatters: """
      This is the pair most often handed out to "make error 0x904 go away". Together they remove \
      both protections: the server is never verified and the user is never pre-authenticated, \
      so the connection is exposed to interception and the password goes to whatever answers. \
      In Microsoft's tables 0x904 is the client seeing the connection closed, and extended code \
      0x7 says the server denied the connection; Microsoft does not document which server \
      conditions send it, and neither setting is documented to change them.
      """,
    example: "authentication level:i:0\nenablecredsspsupport:i:0",
    fix: """
      Restores both: authentication level 2 and enablecredsspsupport 1. Unsafe: it raises \
      protection, and a server without NLA, or one whose certificate cannot be verified, may \
      then refuse the connection or show a warning.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let level = context.effectiveLine(.authenticationLevel), level.integer.value == 0,
      let credSSP = context.effectiveLine(.enableCredSSPSupport), credSSP.integer.value == 0
    else { return [] }
    let fix = Fix(
      title: "Set authentication level to 2 and enablecredsspsupport to 1 (servers without NLA then refuse)",
      applicability: .unsafe,
      edits: [
        .replaceValue(line: level.index, syntax: level.syntax, with: "2"),
        .replaceValue(line: credSSP.index, syntax: credSSP.syntax, with: "1"),
      ])
    return [
      diagnostic(
        "authentication level 0 with enablecredsspsupport 0 turns off both server verification and Network Level Authentication; it does not change why a server refuses (0x904/0x7), it only stops checking",
        at: context.lineRange(level.index > credSSP.index ? level : credSSP), fix: fix)
    ]
  }
}
