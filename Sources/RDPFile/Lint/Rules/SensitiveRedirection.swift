/// RDP804: all drives, smart cards or WebAuthn handed to a host outside the organisation.
struct SensitiveRedirection: LintRule {
  static let id = "RDP804"
  static let name = "sensitive-redirection"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      A file whose host is outside the organisation (a public address, or a name in none of the \
      organisation's allowed domains; without any, every name) and that turns on every local drive \
      (`drivestoredirect:s:*`, `DynamicDrives`, the system drive, `redirectdrives:i:1`), smart \
      cards and Windows Hello (`redirectsmartcards`) or WebAuthn (`redirectwebauthn`), with \
      the last valid occurrence of each key deciding, as in the clients. A value set in the \
      file is an error; one that only Microsoft's documented default turns on is a warning.
      """,
    whyItMatters: """
      These are what the 2024 phishing campaigns asked for: the remote computer can read and \
      write the user's files, and use their smart card, Windows Hello or passkeys to sign in \
      elsewhere as them. Since April 2026 mstsc lists each one in a dialog with its checkbox \
      off; FreeRDP hands over what the file asks for without asking (FreeRDP 2.11 and 3.30 \
      turn on only what the file sets).
      """,
    example: "full address:s:203.0.113.45\ndrivestoredirect:s:*\nredirectwebauthn:i:1",
    fix: "None automatic: do not open the file from outside; an own file should name its host in an allowed domain.")

  static let resources: Set<Resource> = [.drives, .smartcards, .webauthn]

  func check(_ context: LintContext) -> [Diagnostic] {
    guard context.leavesOrganisation else { return [] }
    let exposures = Exposure.of(context.document, connections: context.connections)
    let outside = context.outsideHostsText
    return exposures.filter { Self.resources.contains($0.resource) && $0.isBroad }.map { exposure in
      let freeRDP = exposure.freeRDPText.map { "; \($0) it over without asking" } ?? ""
      switch exposure.source {
      case .file(let line):
        return diagnostic(
          "the file hands \(exposure.resource.label)\(exposure.meaningSuffix) to \(outside), outside the organisation\(freeRDP)",
          at: context.range(line: line))
      case .documentedDefault:
        return diagnostic(
          "the file does not set \(exposure.resource.keys[0]), so mstsc may hand \(exposure.resource.label) to \(outside) by Microsoft's documented default (\(TextEscaper.brief(exposure.value)))",
          at: context.destinationRange, severity: .warning)
      }
    }
  }
}
