/// RDP402: a DPAPI-encrypted saved password.
struct SavedPasswordBlob: LintRule {
  static let id = "RDP402"
  static let name = "saved-password-blob"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A non-empty `password 51` line, or `password:b:` as the old Windows CE client wrote it: a password encrypted with Windows DPAPI.",
    whyItMatters: """
      The blob decrypts only for the Windows user (and machine) that saved it, so the file is not \
      portable and shared copies carry a secret nobody else can use. Where Credential Guard is \
      on (by default on eligible Windows 11 22H2 and later devices), Microsoft documents that \
      saved Remote Desktop credentials cannot be used; servers that require fresh credentials \
      refuse them (0x2107, extended 10). The blob remains a target for theft.
      """,
    example: "password 51:b:01000000D08C9DDF…",
    fix: "Removes the line. Unsafe: the user who saved it is asked for the password again when connecting.")

  func check(_ context: LintContext) -> [Diagnostic] {
    (context.lines(.password51) + context.lines(.password).filter { $0.syntax.type == .binary })
      .filter { !$0.trimmedValue.isEmpty }.sorted { $0.index < $1.index }.map { line in
        diagnostic(
          "\(context.show(key: line.key)) holds a saved password: it works only for the user who saved it, cannot be used where Credential Guard is on, and is refused by servers that require fresh credentials",
          at: context.valueRange(line),
          fix: FixBuilder.delete(
            [line.index], title: "Remove the saved password (its owner is asked for the password again)", .unsafe))
      }
  }
}
