/// RDP807: the file starts a RemoteApp, named as the file likes.
struct RemoteAppLaunch: LintRule {
  static let id = "RDP807"
  static let name = "remoteapp-launch"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      `remoteapplicationmode:i:1`: the file starts one program (`remoteapplicationprogram`, its \
      command line and a file it opens) in a window that looks local, under the name in \
      `remoteapplicationname`. A warning when the host is outside the organisation, else info.
      """,
    whyItMatters: """
      The name the user sees is free text, so a RemoteApp can pass for a local Outlook or Teams \
      window, and a `remoteapplicationfile` makes the remote program open a file from the \
      user's redirected drives. From outside the organisation that is a convincing phishing \
      window with access to whatever the file redirects.
      """,
    example: "remoteapplicationmode:i:1\nremoteapplicationname:s:Microsoft Teams\nremoteapplicationprogram:s:||update",
    fix: "None automatic: check the program and the host before letting the file through.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let mode = context.effectiveLine(.remoteApplicationMode), mode.integer.value == 1 else { return [] }
    let launch = context.connections[0].launch
    var parts: [String] = []
    if let name = launch.name, !name.isEmpty {
      parts.append("shown as \(context.show(name, key: "remoteapplicationname"))")
    }
    if let program = launch.program, !program.isEmpty {
      parts.append("program \(context.show(program, key: "remoteapplicationprogram"))")
    }
    if let commandLine = launch.commandLine, !commandLine.isEmpty {
      parts.append("command line \(context.show(commandLine, key: "remoteapplicationcmdline"))")
    }
    if let file = launch.file, !file.isEmpty {
      parts.append("opening \(context.show(file, key: "remoteapplicationfile"))")
    }
    let what = parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    let outside = context.leavesOrganisation
    return [
      diagnostic(
        "the file starts a RemoteApp\(what)\(outside ? " on \(context.outsideHostsText), outside the organisation" : "")",
        at: context.valueRange(mode), severity: outside ? .warning : .info)
    ]
  }
}
