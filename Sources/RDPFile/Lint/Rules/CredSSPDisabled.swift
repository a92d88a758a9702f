/// RDP102: `enablecredsspsupport:i:0` turns Network Level Authentication off.
struct CredSSPDisabled: LintRule {
  static let id = "RDP102"
  static let name = "credssp-disabled"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "`enablecredsspsupport` set to 0.",
    whyItMatters: """
      CredSSP is how the client proves who the user is before the server starts a session \
      (Network Level Authentication); mstsc, FreeRDP 2.11 and FreeRDP 3.30 all turn it off for \
      this value. With it off, the server shows its logon screen to anyone who connects, the \
      password is typed into a session whose server may not be verified, and Kerberos can no \
      longer vouch for the server. A server that requires NLA refuses the connection (mstsc \
      error 0xB09: "the remote computer requires Network Level Authentication"). Turning it off \
      is a workaround people try for CredSSP errors; it trades the error for a weaker connection \
      and only works where the server allows it.
      """,
    example: "enablecredsspsupport:i:0",
    fix: """
      Sets the value to 1. Unsafe: it raises protection, and a server that does not offer NLA \
      (old systems, some appliances) then refuses the connection; a file that was changed on \
      purpose to get past an error breaks again.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.enableCredSSPSupport), line.integer.value == 0 else {
      return []
    }
    return [
      diagnostic(
        "enablecredsspsupport is 0: Network Level Authentication is off, so the logon screen is exposed before authentication and servers that require NLA refuse the connection (0xB09)",
        at: context.valueRange(line),
        fix: FixBuilder.setValue(
          line, to: "1",
          title: "Set enablecredsspsupport to 1 (use Network Level Authentication; servers without NLA then refuse)",
          .unsafe))
    ]
  }
}
