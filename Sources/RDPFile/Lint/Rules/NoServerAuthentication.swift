/// RDP101: `authentication level:i:0` connects without checking who the server is.
struct NoServerAuthentication: LintRule {
  static let id = "RDP101"
  static let name = "no-server-authentication"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`authentication level` set to 0.",
    whyItMatters: """
      Level 0 tells the client to connect even when it cannot verify the server's identity, and \
      to do so without a word (Microsoft's definition for mstsc; FreeRDP 2.11 and 3.30 read the \
      same levels). Anyone who can intercept or redirect the connection (a rogue access point, \
      a poisoned DNS answer) can then pose as the server and read the session and, without \
      Network Level Authentication, the password typed into it. It is a common "fix" for \
      certificate prompts and for error 0x904 / 0x7, but it does not repair what the server \
      refuses: the client just stops checking. Level 1 refuses unverified servers, 2 warns and \
      lets the user choose, 3 (Microsoft's documented default; FreeRDP's default is 2) sets no \
      requirement.
      """,
    example: "authentication level:i:0",
    fix: """
      Sets the value to 2, so the user is warned before connecting to a server that cannot be \
      verified. Unsafe: it raises protection, and a connection that works today may stop at a \
      warning the user has to answer. Use 1 where servers have trusted certificates.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.authenticationLevel), line.integer.value == 0 else {
      return []
    }
    return [
      diagnostic(
        "authentication level is 0: the client connects without verifying the server and without warning, so a man in the middle goes unnoticed",
        at: context.valueRange(line),
        fix: FixBuilder.setValue(
          line, to: "2",
          title:
            "Set authentication level to 2 (warn when the server cannot be verified; the user may now see a warning)",
          .unsafe))
    ]
  }
}
