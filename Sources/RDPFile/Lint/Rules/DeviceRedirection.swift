/// RDP805: devices and ports handed to a host outside the organisation.
struct DeviceRedirection: LintRule {
  static let id = "RDP805"
  static let name = "device-redirection"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A file whose host is outside the organisation and that sets, in the file, redirection of \
      cameras, USB or other plug-and-play devices, point-of-service devices, serial ports, the \
      microphone, the device's location, or particular drives (every drive is RDP804). The \
      clipboard and printers, which most files share, are left to the triage report.
      """,
    whyItMatters: """
      Each of these gives the remote computer something of the user's machine: what the camera \
      and microphone see and hear, where the device is, raw access to USB devices. Windows asks \
      for each since April 2026; FreeRDP does what the file says.
      """,
    example: "full address:s:rdp.partner.example\ncamerastoredirect:s:*\nusbdevicestoredirect:s:*",
    fix: "None automatic: remove the redirections the connection does not need.")

  static let resources: Set<Resource> = [.drives, .microphone, .ports, .location, .pos, .cameras, .devices, .usb]

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.leavesOrganisation else { return [] }
    let outside = context.outsideHostsText
    return Exposure.of(context.document, connections: context.connections).compactMap { exposure in
      guard Self.resources.contains(exposure.resource), !(exposure.resource == .drives && exposure.isBroad),
        case .file(let line) = exposure.source
      else { return nil }
      let freeRDP = exposure.freeRDPText.map { "; \($0) it over without asking" } ?? ""
      return diagnostic(
        "the file hands \(exposure.resource.label)\(exposure.meaningSuffix) to \(outside), outside the organisation\(freeRDP)",
        at: context.range(line: line))
    }
  }
}
