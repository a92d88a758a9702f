/// RDP705: a line starting with `/`, which FreeRDP runs as a command-line option.
struct SlashLine: LintRule {
  static let id = "RDP705"
  static let name = "slash-line"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A line whose first character is `/`.",
    whyItMatters: """
      FreeRDP 2.x (measured: 2.11.7) and FreeRDP 3.0 to 3.27 run such a line as a command-line \
      option, any option: `/v:other` silently replaces the address whatever the order of lines, \
      `/cert:ignore` stops certificate checks, `/drive:x,/` redirects a drive, and a line that is \
      no option becomes the host name. FreeRDP 3.28 and later ignore the lines unless built with \
      `WITH_EMBEDDED_CLI_IN_RDP_FILES` (then unknown ones refuse the file). mstsc skips them. A \
      file can so connect FreeRDP users somewhere other than where it says.
      """,
    example: "/v:other.example.net",
    fix: "Removes the line. Unsafe: FreeRDP users lose whatever option it set.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atLines: context.classes.slashLines) { index in
      diagnostic(
        "line starts with '/': FreeRDP 2.x and 3.0-3.27 run it as a command-line option (any option: host, user, port, certificate checks, drives); FreeRDP 3.28 and later and mstsc ignore it",
        at: context.range(line: index), fix: FixBuilder.delete([index], title: "Remove the line", .unsafe))
    }
  }
}
