/// Applies lint fixes until none is left, and checks its own work.
///
/// Each pass lints the document, takes every fix the caller allows (safe ones, and unsafe ones
/// when asked), skips any that collides with one already taken, and applies them together. It
/// stops when no fix is left or nothing changes, after at most ``maximumPasses`` passes. The
/// result must re-parse to itself byte for byte and must not have more unparsed lines than the
/// input; otherwise the original is kept and the outcome says why.
public struct Fixer: Sendable {
  /// The rules whose fixes may run.
  public var selection: RuleSelection
  /// Whether unsafe fixes run too.
  public var allowUnsafe: Bool
  /// The most passes before giving up.
  public var maximumPasses = 10
  /// The most findings of one rule a pass takes on; a file with more is left unchanged.
  static let findingLimit = 10_000

  /// The rules that are run (``Linter/builtInRules`` unless given).
  public var rules: [any LintRule]

  /// A fixer over the built-in rules, or over `rules` (which may include rules of your own).
  public init(rules: [any LintRule] = Linter.builtInRules, selection: RuleSelection = .all, allowUnsafe: Bool = false) {
    self.rules = rules
    self.selection = selection
    self.allowUnsafe = allowUnsafe
  }

  /// Fixes `document`.
  public func fix(_ document: RDPDocument) -> FixOutcome {
    let linter = Linter(rules: rules, selection: RuleSelection(select: selection.select, ignore: selection.ignore))
    var current = document
    var applied: [AppliedFix] = []
    // Whether a pass found nothing left to take (otherwise the passes ran out, or a pass
    // changed nothing, and the last document is linted once more below).
    var settled = false
    for _ in 0..<maximumPasses {
      // One context per pass: its effective view and client models serve the rules and the
      // safety checks alike.
      let context = LintContext(document: current)
      let (found, truncated) = linter.lintCounting(context, limit: Self.findingLimit)
      // A rule with more findings than that cannot be fixed in bounded work; such a file is not
      // a connection file anyone maintains by hand.
      if let rule = truncated.sorted().first {
        return failed(
          document,
          "more than \(Self.findingLimit) findings of \(rule) in one file are too many to fix automatically; nothing was changed"
        )
      }
      let candidates = checkedSafety(found.filter { $0.fix != nil }, by: context.safety).filter { diagnostic in
        diagnostic.fix!.applicability == .safe || allowUnsafe
      }
      var chosen: [Diagnostic] = []
      var claims = EditClaims()
      for candidate in candidates {
        let edits = candidate.fix!.edits
        guard !edits.contains(where: claims.conflicts) else { continue }
        for edit in edits { claims.claim(edit) }
        chosen.append(candidate)
      }
      guard !chosen.isEmpty else {
        settled = true
        break
      }
      let next: RDPDocument
      do {
        next = try current.applying(chosen.flatMap { $0.fix!.edits })
      } catch {
        return failed(document, "a fix could not be applied: \(error.description)")
      }
      guard Self.unparsedCount(next) <= Self.unparsedCount(document) else {
        return failed(document, "a fix would have made a line unreadable; nothing was changed")
      }
      if next == current { break }
      applied += chosen.map {
        AppliedFix(ruleID: $0.ruleID, title: $0.fix!.title, applicability: $0.fix!.applicability, line: $0.range.line)
      }
      current = next
    }
    if !settled {
      let last = LintContext(document: current)
      let leftover = checkedSafety(linter.lint(last), by: last.safety).contains {
        $0.fix.map { $0.applicability == .safe || allowUnsafe } ?? false
      }
      guard !leftover else {
        return failed(document, "fixes did not settle after \(maximumPasses) passes; nothing was changed")
      }
    }
    // The round trip is proved once, on the final document, however the passes ended: what
    // is written reads back as it.
    guard current == document || RDPDocument(bytes: current.serialized()) == current else {
      return failed(document, "the fixed file would not read back the same; nothing was changed")
    }
    return FixOutcome(original: document, document: current, applied: applied, failure: nil)
  }

  /// The most fixes labelled safe that one pass checks one by one against the client models;
  /// past it, a pass takes only those it could check.
  static let safetyChecks = 200

  /// The diagnostics with every fix labelled safe checked against the client models (see
  /// ``FixSafety``): one that changes a connection becomes unsafe, its title saying why.
  private func checkedSafety(_ diagnostics: [Diagnostic], by safety: FixSafety) -> [Diagnostic] {
    let safe = diagnostics.indices.filter { diagnostics[$0].fix?.applicability == .safe }
    guard !safe.isEmpty else { return diagnostics }
    // All together first: the usual case, where they change nothing, costs one check.
    if safety.change(of: safe.flatMap { diagnostics[$0].fix!.edits }) == nil { return diagnostics }
    var result = diagnostics
    for (checked, index) in safe.enumerated() {
      guard checked < Self.safetyChecks else {
        result[index].fix = nil  // not checked: not applied in this pass
        continue
      }
      switch safety.change(of: diagnostics[index].fix!.edits) {
      case nil: break
      case FixSafety.unchecked?: result[index].fix = nil  // not checked: not applied
      case let change?:
        result[index].fix!.applicability = .unsafe
        result[index].fix!.title += " (not safe: \(change))"
      }
    }
    return result
  }

  private func failed(_ document: RDPDocument, _ reason: String) -> FixOutcome {
    FixOutcome(original: document, document: document, applied: [], failure: reason)
  }

  private static func unparsedCount(_ document: RDPDocument) -> Int {
    document.lines.reduce(0) { count, line in
      if case .unparsed = line.kind { return count + 1 }
      return count
    }
  }
}
