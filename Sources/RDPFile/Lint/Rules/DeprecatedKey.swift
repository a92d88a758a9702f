/// RDP611: a setting that is being retired or has a newer name.
struct DeprecatedKey: LintRule {
  static let id = "RDP611"
  static let name = "deprecated-key"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "`desktopscalefactor` (being retired) and `connect to console` (replaced by `administrative session`). `targetisaadjoined` is RDP213.",
    whyItMatters: """
      Retired settings keep working until they do not: newer clients may ignore them, and the \
      file then behaves differently without any change to it.
      """,
    example: "connect to console:i:1",
    fix: "None automatic: use `administrative session`, and let the client match the local display scale.")

  static let replacements = [
    "desktopscalefactor": "the client's own display scaling",
    "connect to console": "'administrative session'",
  ]

  private static let ids = replacements.keys.map(PropertyCatalogue.ID.init)

  func check(_ context: LintContext) -> [Diagnostic] {
    Self.ids.flatMap { context.lines($0) }.sorted { $0.index < $1.index }.compactMap {
      line in
      guard let replacement = Self.replacements[line.normalizedKey] else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) is being retired; use \(replacement) instead", at: context.keyRange(line))
    }
  }
}
