/// RDP601: a key no client knows.
struct UnknownKey: LintRule {
  static let id = "RDP601"
  static let name = "unknown-key"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A setting whose key is not in the property catalogue (Microsoft's lists, FreeRDP, IronRDP, MsRdpEx, signing tools).",
    whyItMatters: """
      Clients ignore keys they do not know, without a message. A misspelt key (`promt for \
      credentials`) therefore does nothing while looking as if it did. When a known key is \
      close, the finding names it.
      """,
    example: "promt for credentials:i:1",
    fix: "Renames the key to the suggested one, when there is a suggestion. Unsafe: the setting starts to take effect.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.unknownKeys) { line in
      let trimmed = PlainText.trimmed(line.normalizedKey)
      guard line.property == nil, PropertyCatalogue.index(of: trimmed) == nil,
        !UnverifiedCredentialGuardKey.keys.contains(trimmed), LookalikeKey.asciiSkeleton(of: trimmed) == nil
      else { return nil }
      guard let suggestion = PropertyCatalogue.suggestion(for: trimmed) else {
        return diagnostic(
          "unknown key \(context.show(key: line.key)); clients ignore it silently", at: context.keyRange(line))
      }
      return diagnostic(
        "unknown key \(context.show(key: line.key)); did you mean '\(suggestion.name)'? Clients ignore unknown keys silently",
        at: context.keyRange(line),
        fix: Fix(
          title: "Rename to '\(suggestion.name)'", applicability: .unsafe,
          edits: [Edit(.replace(line: line.index, range: line.syntax.keyRange, text: suggestion.name))]))
    }
  }
}
