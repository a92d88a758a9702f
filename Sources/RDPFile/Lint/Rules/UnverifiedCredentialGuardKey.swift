/// RDP109: keys for Restricted Admin or Remote Credential Guard that no documentation confirms.
struct UnverifiedCredentialGuardKey: LintRule {
  static let id = "RDP109"
  static let name = "unverified-credential-guard-key"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: """
      Keys such as `restrictedadmin`, `restricted administration mode`, `restricted admin mode`, \
      `redirectedauthguard`, `remoteguard` or `remote credential guard`.
      """,
    whyItMatters: """
      Neither Microsoft's list of `.rdp` properties nor any client we know documents these names. \
      Restricted Admin and Remote Credential Guard are switched on with `mstsc /restrictedAdmin`, \
      `mstsc /remoteGuard` or the "Restrict delegation of credentials to remote servers" policy. \
      A file that relies on such a key probably gets neither protection, silently.
      """,
    example: "restrictedadmin:i:1",
    fix: "None automatic: use the mstsc switch or the Group Policy setting instead.")

  static let keys: Set<String> = [
    "restrictedadmin", "restricted administration mode", "restricted admin mode", "redirectedauthguard",
    "remoteguard", "remote credential guard",
  ]

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.unknownKeys) { line in
      guard Self.keys.contains(line.normalizedKey) else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) is not a documented .rdp setting; Restricted Admin and Remote Credential Guard are turned on with mstsc /restrictedAdmin, /remoteGuard or Group Policy",
        at: context.keyRange(line))
    }
  }
}
