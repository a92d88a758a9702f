/// RDP605: the same key more than once.
struct DuplicateKey: LintRule {
  static let id = "RDP605"
  static let name = "duplicate-key"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A key (compared without regard to letter case) that appears on more than one line; reported once, at its first line.",
    whyItMatters: """
      FreeRDP and IronRDP use the last occurrence; what mstsc does is not documented, and some \
      tools take the first. The file means different things to different readers, and whoever \
      edits the first line sees no effect.
      """,
    example: "authentication level:i:2\n…\nauthentication level:i:0",
    fix:
      "Removes the earlier lines, keeping the last (what FreeRDP uses); none for a key repeated more than 1,000,000 times. Unsafe: a client that reads the first one changes behaviour."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let settings = context.settingLines
    let groups = context.effective.duplicateGroups
    return context.findings(atLines: groups.indices) { group in
      let positions = groups[group]
      let first = settings[positions[0]]
      let last = settings[positions[positions.count - 1]]
      let earlier = positions.dropLast().map { settings.lineIndex($0) }
      let others =
        earlier.count == 1 ? "" : " (and \(earlier.count - 1) more time\(earlier.count == 2 ? "" : "s") before it)"
      return diagnostic(
        "\(context.show(key: first.key)) appears \(positions.count) times; FreeRDP uses line \(last.index + 1), other clients may use this first one\(others)",
        at: context.keyRange(first),
        fix: FixBuilder.delete(earlier, title: "Keep only line \(last.index + 1)", .unsafe))
    }
  }
}
