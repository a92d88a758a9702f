/// RDP604: a line that is not a setting at all.
struct MalformedLine: LintRule {
  static let id = "RDP604"
  static let name = "malformed-line"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A non-blank line without the `key:type:value` shape: no colon, one colon, or nothing before the first colon. Lines starting with `/` are RDP705.",
    whyItMatters: """
      The format has no comments: such lines are skipped by every client we know, and a \
      comment that happens to contain two colons becomes an unknown key. Hand edits that lost a \
      colon end up here, silently doing nothing.
      """,
    example: "# office connection\nfull address ts.example.com",
    fix: "Removes the line. Unsafe: clients already skip it, but the text may be a note someone wants to keep.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atLines: context.classes.unparsedLines) { index in
      let line = context.document.lines[index]
      guard case .unparsed(let reason) = line.kind, [.noColon, .missingTypeSeparator, .emptyKey].contains(reason),
        !line.text.hasPrefix("/")
      else { return nil }
      return diagnostic(
        "line is not a setting (\(reason.explanation)); clients skip it",
        at: context.range(line: index), fix: FixBuilder.delete([index], title: "Remove the line", .unsafe))
    }
  }
}
