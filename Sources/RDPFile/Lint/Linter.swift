/// Runs the selected rules over a document.
public struct Linter: Sendable {
  /// The rules that run.
  public let rules: [any LintRule]
  /// The selection they were chosen by (its minimum severity filters findings).
  public let selection: RuleSelection
  /// What checks signatures cryptographically; without one, rules that need it stay quiet.
  public let signatureVerifier: (any SignatureVerifier)?
  /// The time signers' certificates are judged at; without it their validity is not judged.
  public let now: CertificateTime?

  /// A linter over the registry's rules that `selection` includes.
  public init(selection: RuleSelection = .all, signatureVerifier: (any SignatureVerifier)? = nil, now: CertificateTime? = nil) {
    self.selection = selection
    self.signatureVerifier = signatureVerifier
    self.now = now
    rules = RuleRegistry.rules.filter { selection.includes(type(of: $0).info) }
  }

  /// The findings in `document`, ordered by position and then rule id.
  public func lint(_ document: RDPDocument) -> [Diagnostic] {
    lint(LintContext(document: document))
  }

  /// The most findings one rule reports in one file; past it, one note says more were left
  /// out. Real files have a handful per rule; a file of a million bad lines would otherwise
  /// print a million messages and hold them all in memory.
  public static let findingsPerRule = 50

  /// The findings for an already decoded document.
  public func lint(_ context: LintContext) -> [Diagnostic] {
    lintCounting(context).diagnostics
  }

  /// The findings, and the ids of the rules that found more than ``findingsPerRule`` (their
  /// last reported finding says so).
  func lintCounting(_ context: LintContext, limit: Int = Linter.findingsPerRule) -> (diagnostics: [Diagnostic], truncated: Set<String>) {
    var context = context
    if context.signatureVerifier == nil { context.signatureVerifier = signatureVerifier }
    context.findingLimit = limit
    context.now = now
    // A file that is certainly not text (an image, a program) gets that one finding:
    // line-by-line findings about it would only be noise.
    if let binary = rules.first(where: { $0 is BinaryContent }) as? BinaryContent,
      let verdict = ContentSniffer.verdict(of: context.document), verdict.certain
    {
      return (binary.check(context, verdict: verdict).filter { $0.severity >= selection.minimumSeverity }, [])
    }
    if context.isSigned {
      var inspection = SignatureInspection(context.effective)
      if let verifier = context.signatureVerifier { inspection.verify(with: verifier) }
      context.signature = inspection
    }
    var diagnostics: [Diagnostic] = []
    var truncated = Set<String>()
    for rule in rules {
      var found = rule.check(context)
      if found.count > limit {
        found.removeLast(found.count - limit)
        found[found.count - 1].message += " (more findings of \(type(of: rule).id) in this file are not shown: a rule reports at most \(limit) per file)"
        truncated.insert(type(of: rule).id)
      }
      diagnostics += found
    }
    let sorted = diagnostics.filter { $0.severity >= selection.minimumSeverity }.sorted {
      ($0.range, $0.ruleID) < ($1.range, $1.ruleID)
    }
    return (sorted, truncated)
  }
}
