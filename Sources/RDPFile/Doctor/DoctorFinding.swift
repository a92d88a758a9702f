/// One thing the doctor learned about a file against its server, and what to do about it.
package struct DoctorFinding: Sendable, Hashable {
  /// A stable kebab-case name (`nla-required-but-credssp-off`, `certificate-expired`, …).
  package let code: String
  /// How much it matters.
  package let severity: Severity
  /// What was found and what follows from it.
  package let message: String
  /// The change that would help, when there is one.
  package let advice: String?
  /// Whether the advised change to the file is safe; `nil` when the advice is not a change to
  /// the file (a server-side fix; any file-side workaround it mentions is called unsafe in words).
  package let applicability: Applicability?
  /// Whether this alone stops the file from connecting.
  package let blocksConnection: Bool
  /// Whether the user will see a warning they have to answer.
  package let promptsUser: Bool
  /// The lint rule whose explanation goes deeper (`rdpfile explain ID`).
  package let rule: String?

  init(
    _ code: String, _ severity: Severity, _ message: String, advice: String? = nil, applicability: Applicability? = nil,
    blocks: Bool = false, prompts: Bool = false, rule: String? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.advice = advice
    self.applicability = applicability
    blocksConnection = blocks
    promptsUser = prompts
    self.rule = rule
  }
}
