/// Which rules run: `--select` and `--ignore` by id (`RDP101`), id prefix (`RDP1`, `RDP`) or
/// name (`credssp-disabled`), and a minimum severity.
public struct RuleSelection: Sendable, Hashable {
  /// Patterns that choose rules; empty means all.
  public var select: [String]
  /// Patterns that remove rules; they win over `select`.
  public var ignore: [String]
  /// Findings below this severity are dropped.
  public var minimumSeverity: Severity

  /// Creates a selection.
  public init(select: [String] = [], ignore: [String] = [], minimumSeverity: Severity = .info) {
    self.select = select
    self.ignore = ignore
    self.minimumSeverity = minimumSeverity
  }

  /// Everything.
  public static let all = RuleSelection()

  /// Whether a rule runs.
  public func includes(_ rule: RuleInfo) -> Bool {
    if ignore.contains(where: { Self.matches($0, rule) }) { return false }
    return select.isEmpty || select.contains(where: { Self.matches($0, rule) })
  }

  /// Patterns that name no rule at all, for usage errors.
  public func unknownPatterns(in rules: [RuleInfo]) -> [String] {
    (select + ignore).filter { pattern in !rules.contains { Self.matches(pattern, $0) } }
  }

  /// Whether `--select` names a rule of `family` itself (by id, id prefix or name), not just
  /// every rule (`ALL`, `RDP`).
  public func selectsByName(family: String, in rules: [RuleInfo]) -> Bool {
    let specific = select.filter { !["ALL", "RDP"].contains($0.uppercased()) }
    return rules.contains { rule in rule.family == family && specific.contains { Self.matches($0, rule) } }
  }

  static func matches(_ pattern: String, _ rule: RuleInfo) -> Bool {
    let upper = pattern.uppercased()
    return rule.id.hasPrefix(upper) && upper.hasPrefix("RDP") || rule.name == pattern.lowercased() || upper == "ALL"
  }
}
