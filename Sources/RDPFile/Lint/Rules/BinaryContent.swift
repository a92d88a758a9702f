/// RDP616: the file is not a connection file at all.
struct BinaryContent: LintRule {
  static let id = "RDP616"
  static let name = "binary-content"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A file that starts like an image, archive, document or program, or in which more than 5% of the characters are control characters or undecodable bytes.",
    whyItMatters: """
      Connection files are short text. Binary content named `.rdp` is a mistake, a damaged \
      copy, or something disguised; clients read garbage from it. `rdpfile fix` never rewrites \
      such a file.
      """,
    example: "(a PNG image renamed conn.rdp)",
    fix: "None: find out where the file came from.")

  func check(_ context: LintContext) -> [Diagnostic] {
    check(context, verdict: ContentSniffer.verdict(of: context.document))
  }

  func check(_ context: LintContext, verdict: (kind: String, certain: Bool)?) -> [Diagnostic] {
    guard let kind = verdict?.kind else { return [] }
    return [
      diagnostic(
        "this is not a connection file: the content looks like \(kind); clients read garbage from it",
        at: SourceRange(line: 1, startColumn: 1, endColumn: 1))
    ]
  }
}
