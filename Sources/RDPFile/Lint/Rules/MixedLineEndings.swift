/// RDP609: lines end in different ways.
struct MixedLineEndings: LintRule {
  static let id = "RDP609"
  static let name = "mixed-line-endings"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "A file whose lines use more than one of CRLF, LF and CR.",
    whyItMatters: """
      Mixed endings are the trace of hand edits with different tools. Clients cope, but signing \
      tools and verifiers rebuild the text with CRLF, and line-based tools (diff, grep, sed) \
      disagree about where lines end. (A consistent LF-only file is fine and not reported.)
      """,
    example: "full address:s:ts.example.com⏎(CRLF)\nusername:s:alice⏎(LF)",
    fix:
      "Gives every line the file's most common ending (none when more than 1,000,000 lines differ). Safe when, checked per file, no modelled client reads the file differently afterwards (only line endings change)."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    guard document.hasMixedTerminators else { return [] }
    let dominant = document.dominantTerminator
    let lines = document.lines
    let odd = lines.indices.filter { lines.terminator($0) != dominant && lines.terminator($0) != .none }
    guard let first = odd.first else { return [] }
    let message =
      "\(odd.count) line\(odd.count == 1 ? "" : "s") end\(odd.count == 1 ? "s" : "") with \(lines.terminator(first).label) while most end with \(dominant.label)"
    // A real file has a few dozen lines; beyond this many, the fix would be an edit list larger
    // than any connection file, so none is offered.
    guard odd.count <= Fix.maximumEdits else {
      return [diagnostic(message + " (too many lines for an automatic fix)", at: context.range(line: first))]
    }
    return [
      diagnostic(
        message, at: context.range(line: first),
        fix: context.checkedFix(
          "End every line with \(dominant.label)", odd.map { Edit(.setTerminator(line: $0, dominant)) }))
    ]
  }
}
