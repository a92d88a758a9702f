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

  /// Creates a fixer.
  public init(selection: RuleSelection = .all, allowUnsafe: Bool = false) {
    self.selection = selection
    self.allowUnsafe = allowUnsafe
  }

  /// Fixes `document`.
  public func fix(_ document: RDPDocument) -> FixOutcome {
    let linter = Linter(selection: RuleSelection(select: selection.select, ignore: selection.ignore))
    var current = document
    var applied: [AppliedFix] = []
    for _ in 0..<maximumPasses {
      let (found, truncated) = linter.lintCounting(LintContext(document: current), limit: Self.findingLimit)
      // A rule with more findings than that cannot be fixed in bounded work; such a file is not
      // a connection file anyone maintains by hand.
      if let rule = truncated.sorted().first {
        return failed(document, linter, "more than \(Self.findingLimit) findings of \(rule) in one file are too many to fix automatically; nothing was changed")
      }
      let candidates = checkedSafety(found.filter { $0.fix != nil }, in: current).filter { diagnostic in
        diagnostic.fix!.applicability == .safe || allowUnsafe
      }
      var chosen: [Diagnostic] = []
      var claims = EditClaims()
      for candidate in candidates {
        let edits = candidate.fix!.edits
        guard !edits.contains(where: claims.conflicts) else { continue }
        edits.forEach { claims.claim($0) }
        chosen.append(candidate)
      }
      guard !chosen.isEmpty else {
        return FixOutcome(original: document, document: current, applied: applied, remaining: linter.lint(current), failure: nil)
      }
      let next: RDPDocument
      do {
        next = try current.applying(chosen.flatMap { $0.fix!.edits })
      } catch {
        return failed(document, linter, "a fix could not be applied: \(error.description)")
      }
      guard RDPDocument(bytes: next.serialized()) == next else {
        return failed(document, linter, "the fixed file would not read back the same; nothing was changed")
      }
      guard Self.unparsedCount(next) <= Self.unparsedCount(document) else {
        return failed(document, linter, "a fix would have made a line unreadable; nothing was changed")
      }
      if next == current { break }
      applied += chosen.map { AppliedFix(ruleID: $0.ruleID, title: $0.fix!.title, applicability: $0.fix!.applicability, line: $0.range.line) }
      current = next
    }
    let leftover = checkedSafety(linter.lint(current), in: current).contains {
      $0.fix.map { $0.applicability == .safe || allowUnsafe } ?? false
    }
    guard !leftover else {
      return failed(document, linter, "fixes did not settle after \(maximumPasses) passes; nothing was changed")
    }
    return FixOutcome(original: document, document: current, applied: applied, remaining: linter.lint(current), failure: nil)
  }

  /// The most fixes labelled safe that one pass checks one by one against the client models;
  /// past it, a pass takes only those it could check.
  static let safetyChecks = 200

  /// The diagnostics with every fix labelled safe checked against the client models (see
  /// ``FixSafety``): one that changes a connection becomes unsafe, its title saying why.
  private func checkedSafety(_ diagnostics: [Diagnostic], in document: RDPDocument) -> [Diagnostic] {
    let safe = diagnostics.indices.filter { diagnostics[$0].fix?.applicability == .safe }
    guard !safe.isEmpty else { return diagnostics }
    let safety = FixSafety(document: document)
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

  private func failed(_ document: RDPDocument, _ linter: Linter, _ reason: String) -> FixOutcome {
    FixOutcome(original: document, document: document, applied: [], remaining: linter.lint(document), failure: reason)
  }

  private static func unparsedCount(_ document: RDPDocument) -> Int {
    document.lines.reduce(0) { count, line in
      if case .unparsed = line.kind { return count + 1 }
      return count
    }
  }
}
