/// RDP705: a line starting with `/`, which FreeRDP runs as a command-line option.
struct SlashLine: LintRule {
  static let id = "RDP705"
  static let name = "slash-line"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A line whose first character is `/`.",
    whyItMatters: """
      FreeRDP builds that embed the command line in `.rdp` files (Debian's 2.11.7 among them) \
      treat such a line as an `xfreerdp` option: `/v:other` silently replaces the address, \
      whatever the order of lines, and an unrecognised line becomes the host name. mstsc skips it. \
      A file can so connect FreeRDP users somewhere other than where it says.
      """,
    example: "/v:other.example.net",
    fix: "Removes the line. Unsafe: FreeRDP users lose whatever option it set.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atLines: context.classes.slashLines) { index in
      diagnostic(
        "line starts with '/', so FreeRDP runs it as a command-line option (it can change the host, user or port); mstsc ignores it",
        at: context.range(line: index), fix: FixBuilder.delete([index], title: "Remove the line", .unsafe))
    }
  }
}
