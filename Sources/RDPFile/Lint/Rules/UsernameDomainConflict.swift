/// RDP405: the user name carries a domain that contradicts `domain`.
struct UsernameDomainConflict: LintRule {
  static let id = "RDP405"
  static let name = "username-domain-conflict"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`username` of the form `DOMAIN\\user` while `domain` names a different domain. (A `user@domain` name differing from `domain` is normal: the UPN suffix and the NetBIOS domain are usually spelled differently.)",
    whyItMatters: """
      Two places name the account's domain and they disagree, and clients resolve it \
      differently: FreeRDP 2.11 takes the user name's part and ignores `domain`; FreeRDP 3.30 \
      lets `domain` win (both measured); what mstsc does is undocumented (it may take either). \
      Some sign in as one account and some as another, and the logon fails (0x807) for one.
      """,
    example: "username:s:CORP\\alice\ndomain:s:LAB",
    fix: "None automatic: keep the domain in one place.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let user = context.effectiveLine(.username),
      let domainLine = context.effectiveLine(.domain),
      !domainLine.trimmedValue.isEmpty
    else { return [] }
    let name = user.trimmedValue
    guard let backslash = name.firstIndex(of: "\\") else { return [] }
    let embedded = String(name[..<backslash])
    guard PlainText.asciiLowercased(embedded) != PlainText.asciiLowercased(domainLine.trimmedValue) else { return [] }
    return [
      diagnostic(
        "username names the domain \(context.show(embedded, key: "domain")) but domain says \(context.show(domainLine.trimmedValue, key: "domain")): FreeRDP 2.11 uses the first, FreeRDP 3.30 the second, mstsc may use either",
        at: context.valueRange(domainLine))
    ]
  }
}
