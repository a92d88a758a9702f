/// RDP401: a password in clear text.
struct PlaintextPassword: LintRule {
  static let id = "RDP401"
  static let name = "plaintext-password"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A non-empty `password:s:`, `ClearTextPassword:s:` or `GatewayPassword:s:` line. (`password:b:`, the old Windows CE saved-password blob, is RDP402.)",
    whyItMatters: """
      Microsoft documents no clear-text password setting for mstsc, but FreeRDP (2.11 and 3.30, \
      measured) and Remmina read `password:s:` and log on with it, and MsRdpEx reads its own keys. Anyone who can read the file, its backups or \
      the share it sits on has the password. Files like this are also what phishing campaigns \
      hope to collect.
      """,
    example: "password:s:(a password)",
    fix: "Removes the line. Unsafe: FreeRDP and Remmina users are asked for the password at connection time instead.")

  static let keys = ["password", "cleartextpassword", "gatewaypassword"]
  private static let ids = keys.map(PropertyCatalogue.ID.init)

  func check(_ context: LintContext) -> [Diagnostic] {
    Self.ids.flatMap { context.lines($0) }.filter { $0.syntax.type == .string && !$0.value.isEmpty }.sorted {
      $0.index < $1.index
    }.map { line in
      diagnostic(
        "\(context.show(key: line.key)) stores a password in clear text; anyone who can read this file can read it",
        at: context.valueRange(line),
        fix: FixBuilder.delete(
          [line.index], title: "Remove the \(TextEscaper.brief(line.key)) line (FreeRDP users are then asked for it)",
          .unsafe))
    }
  }
}
