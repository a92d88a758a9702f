/// RDP605: the same key more than once.
struct DuplicateKey: LintRule {
  static let id = "RDP605"
  static let name = "duplicate-key"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "A key (compared without regard to letter case) that appears on more than one line; reported once, at its first line.",
    whyItMatters: """
      FreeRDP and IronRDP use the last occurrence; what mstsc does is not documented, and some \
      tools take the first. The file means different things to different readers, and whoever \
      edits the first line sees no effect.
      """,
    example: "authentication level:i:2\n…\nauthentication level:i:0",
    fix: "Removes the earlier lines, keeping the last (what FreeRDP uses). Unsafe: a client that reads the first one changes behaviour.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.effective.duplicateGroups.map { positions in
      let lines = positions.map { context.settingLines[$0] }
      let first = lines[0]
      let last = lines[lines.count - 1]
      let earlier = lines.dropLast()
      let others = earlier.count == 1 ? "" : " (and \(earlier.count - 1) more time\(earlier.count == 2 ? "" : "s") before it)"
      return diagnostic(
        "\(context.show(key: first.key)) appears \(lines.count) times; FreeRDP uses line \(last.index + 1), other clients may use this first one\(others)",
        at: context.keyRange(first),
        fix: FixBuilder.delete(earlier.map(\.index), title: "Keep only line \(last.index + 1)", .unsafe))
    }
  }
}
