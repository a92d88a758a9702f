/// RDP708: `domain` next to a user name without one, which FreeRDP ignores.
struct DomainIgnoredWithUsername: LintRule {
  static let id = "RDP708"
  static let name = "domain-ignored-with-username"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "A non-empty `domain` with a non-empty `username` that carries no domain of its own.",
    whyItMatters: """
      FreeRDP 2.11 takes the domain only from `DOMAIN\\user` in `username` and ignores the \
      `domain` key whenever a user name is set (measured), so its users sign in to the wrong \
      domain or a local account. FreeRDP 3 (measured: 3.30) uses the `domain` key, as mstsc is \
      documented to.
      """,
    example: "username:s:alice\ndomain:s:CORP",
    fix:
      "Writes the account as `DOMAIN\\user` and removes `domain` (not for user@domain names). Unsafe: it changes how the account is written."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let user = context.effectiveLine(.username), !user.trimmedValue.isEmpty,
      !user.trimmedValue.contains("\\"), let domain = context.effectiveLine(.domain),
      !domain.trimmedValue.isEmpty
    else { return [] }
    let isUPN = user.trimmedValue.contains("@")
    let account = "\(domain.trimmedValue)\\\(user.trimmedValue)"
    let fix =
      isUPN
      ? nil
      : Fix(
        title: "Write username as \(TextEscaper.brief(account)) and remove domain", applicability: .unsafe,
        edits: [.replaceValue(line: user.index, syntax: user.syntax, with: account)]
          + context.lines(.domain).map { Edit.deleteLine($0.index) })
    return [
      diagnostic(
        "FreeRDP 2.11 ignores domain \(context.show(domain.trimmedValue, key: "domain")) because username is set without a domain; FreeRDP 3.30 and mstsc use it",
        at: context.lineRange(domain), fix: fix)
    ]
  }
}
