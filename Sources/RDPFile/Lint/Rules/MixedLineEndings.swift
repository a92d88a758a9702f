/// RDP609: lines end in different ways.
struct MixedLineEndings: LintRule {
  static let id = "RDP609"
  static let name = "mixed-line-endings"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A file whose lines use more than one of CRLF, LF and CR.",
    whyItMatters: """
      Mixed endings are the trace of hand edits with different tools. Clients cope, but signing \
      tools and verifiers rebuild the text with CRLF, and line-based tools (diff, grep, sed) \
      disagree about where lines end. (A consistent LF-only file is fine and not reported.)
      """,
    example: "full address:s:ts.example.com⏎(CRLF)\nusername:s:alice⏎(LF)",
    fix: "Gives every line the file's most common ending. Safe: only line endings change.")

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    guard document.hasMixedTerminators else { return [] }
    let dominant = document.dominantTerminator
    let odd = document.lines.indices.filter {
      document.lines[$0].terminator != dominant && document.lines[$0].terminator != .none
    }
    guard let first = odd.first else { return [] }
    return [
      diagnostic(
        "\(odd.count) line\(odd.count == 1 ? "" : "s") end\(odd.count == 1 ? "s" : "") with \(document.lines[first].terminator.label) while most end with \(dominant.label)",
        at: context.range(line: first),
        fix: Fix(
          title: "End every line with \(dominant.label)", applicability: .safe,
          edits: odd.map { Edit(.setTerminator(line: $0, dominant)) }))
    ]
  }
}
