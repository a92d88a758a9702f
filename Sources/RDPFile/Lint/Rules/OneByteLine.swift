/// RDP702: a line one byte long, which corrupts FreeRDP 2.x's memory.
struct OneByteLine: LintRule {
  static let id = "RDP702"
  static let name = "one-byte-line"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A line exactly one byte long as FreeRDP sees it (a lone `#`, `x` or `:`), in a file FreeRDP can read.",
    whyItMatters: """
      FreeRDP 2.11 mishandles lines of one byte: its lookup of raw values stops seeing the lines \
      after it, and in a file of more than about 32 lines it writes past the end of its line \
      table and the process aborts (measured with 2.11.7: two real template files crash it). \
      FreeRDP 3 skips such lines (measured: 3.30). The line itself is not a setting.
      """,
    example: "#\nscreen mode id:i:2\n…",
    fix: """
      Removes the line. Safe in a short file (no client reads the line); unsafe in a file long \
      enough to crash FreeRDP 2.11, which then starts connecting with the file.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    guard document.encoding.encoding == .utf8 || document.encoding == .mstsc else { return [] }
    let severe = document.lines.count > 30
    return context.findings(atLines: context.classes.oneUnitLines) { index in
      guard FreeRDPFileReader.isOneByteLine(index, of: document) else { return nil }
      let consequence =
        severe
        ? "in a file this long FreeRDP 2.11 writes past its line table and crashes (FreeRDP 3.30 skips the line)"
        : "FreeRDP 2.11 stops seeing raw values after it and crashes once the file grows past about 32 lines (FreeRDP 3.30 skips the line)"
      return diagnostic(
        "one-character line: \(consequence)",
        at: context.range(line: index), fix: context.checkedFix("Remove the line", [.deleteLine(index)]),
        severity: severe ? .error : .warning)
    }
  }
}
