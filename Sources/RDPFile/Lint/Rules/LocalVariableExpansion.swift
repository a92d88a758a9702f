/// RDP808: the RemoteApp's command line or folder is filled in with the local machine's values.
struct LocalVariableExpansion: LintRule {
  static let id = "RDP808"
  static let name = "local-variable-expansion"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      `remoteapplicationexpandcmdline:i:0` or `remoteapplicationexpandworkingdir:i:0` in a \
      RemoteApp file whose command line (or, for the folder, the shell working directory) \
      holds `%VARIABLES%`.
      """,
    whyItMatters: """
      With 0, Microsoft documents that environment variables are expanded with the local \
      computer's values before they are sent: the user's name, profile path and other local \
      details go to the remote side in the command line.
      """,
    example:
      "remoteapplicationmode:i:1\nremoteapplicationcmdline:s:%USERPROFILE%\\Documents\nremoteapplicationexpandcmdline:i:0",
    fix: "None automatic: remove the variables, or expand them on the remote side (value 1).")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.integer(.remoteApplicationMode) == 1 else { return [] }
    let pairs = [
      ("remoteapplicationexpandcmdline", "remoteapplicationcmdline"),
      ("remoteapplicationexpandworkingdir", "shell working directory"),
    ]
    return pairs.compactMap { flagKey, valueKey in
      guard let flag = context.effectiveLine(forKey: flagKey), flag.integer.value == 0,
        let value = context.effective.string(valueKey), value.contains("%")
      else { return nil }
      return diagnostic(
        "\(flagKey) 0 fills \(valueKey) \(context.show(value, key: valueKey)) with this computer's values and sends them to the remote side",
        at: context.valueRange(flag))
    }
  }
}
