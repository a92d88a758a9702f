/// The risk each rule's findings carry in a triage. The triage rules (RDP8xx) carry their
/// severity; of the others, only those about security, credentials, signatures and parser
/// confusion count, each as listed here. The rest (cosmetics, portability) are not reasons.
enum TriageRisk {
  /// Rules whose finding hides where the file connects or what it runs.
  static let high: Set<String> = ["RDP209", "RDP705"]
  /// Rules about downgrades, secrets, signatures and parser confusion.
  static let medium: Set<String> = [
    "RDP101", "RDP102", "RDP103", "RDP105", "RDP401", "RDP403", "RDP404", "RDP501", "RDP502", "RDP503", "RDP504",
    "RDP505", "RDP507", "RDP508", "RDP509", "RDP605", "RDP614", "RDP615", "RDP616", "RDP709",
  ]
  /// Rules worth a mention.
  static let low: Set<String> = ["RDP402", "RDP405", "RDP701", "RDP704"]
  /// Keys whose hidden duplicate decides where the file goes or what it does.
  static let decisiveKeys: Set<String> = [
    "full address", "alternate full address", "server port", "gatewayhostname", "gatewayusagemethod", "alternate shell",
    "remoteapplicationprogram", "remoteapplicationcmdline", "drivestoredirect", "redirectsmartcards",
    "redirectwebauthn",
    "devicestoredirect", "usbdevicestoredirect", "camerastoredirect", "gatewaycredentialssource", "username",
  ]

  /// The risk `diagnostic` carries in `context`, or `nil` when it is not a triage reason.
  static func of(_ diagnostic: Diagnostic, in context: LintContext) -> Risk? {
    let id = diagnostic.ruleID
    if id.hasPrefix("RDP8") { return Risk(diagnostic.severity) }
    if high.contains(id) { return .high }
    if id == "RDP605" {
      let index = diagnostic.range.line - 1
      let key = context.settingLines.first { $0.index == index }?.normalizedKey
      return key.map(decisiveKeys.contains) == true ? .high : .medium
    }
    if id == "RDP509",
      let weak = context.signature?.signerIssues(at: context.now).first(where: { $0.code == "weak-digest" }),
      diagnostic.message.hasPrefix(weak.description)
    {
      return .low
    }
    if medium.contains(id) { return .medium }
    if low.contains(id) { return .low }
    return nil
  }
}
