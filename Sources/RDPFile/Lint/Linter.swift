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
  /// What the triage rules (RDP8xx) count as the organisation's own, and whether they run.
  public let policy: TriagePolicy
  /// The binary-content rule, when selected (found once, not per file).
  private let binaryContent: BinaryContent?

  /// A linter over the built-in rules that `selection` includes. The triage rules (RDP8xx)
  /// run only when `policy` is on.
  public init(
    selection: RuleSelection = .all, signatureVerifier: (any SignatureVerifier)? = nil, now: CertificateTime? = nil,
    policy: TriagePolicy = TriagePolicy()
  ) {
    self.init(
      rules: RuleRegistry.rules, selection: selection, signatureVerifier: signatureVerifier, now: now, policy: policy)
  }

  /// A linter over `rules`, built-in ones (``builtInRules``) or rules of your own, that
  /// `selection` includes; rules of the `triage` family run only when `policy` is on.
  public init(
    rules: [any LintRule], selection: RuleSelection = .all, signatureVerifier: (any SignatureVerifier)? = nil,
    now: CertificateTime? = nil, policy: TriagePolicy = TriagePolicy()
  ) {
    self.selection = selection
    self.signatureVerifier = signatureVerifier
    self.now = now
    self.policy = policy
    self.rules = rules.filter { rule in
      let info = type(of: rule).info
      return selection.includes(info) && (policy.isEnabled || info.family != "triage")
    }
    binaryContent = self.rules.lazy.compactMap { $0 as? BinaryContent }.first
  }

  /// Every built-in rule, in id order.
  public static var builtInRules: [any LintRule] { RuleRegistry.rules }

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

  /// `context` with what the rules share filled in: the verifier, the time, the policy, the
  /// signature (checked once for all signing rules) and, when publishers are judged, the
  /// publisher.
  func prepared(_ context: LintContext, limit: Int = Linter.findingsPerRule) -> LintContext {
    var context = context
    if context.signatureVerifier == nil { context.signatureVerifier = signatureVerifier }
    context.findingLimit = limit
    context.now = now
    context.policy = policy
    if context.isSigned, context.signature == nil {
      var inspection = SignatureInspection(context.effective)
      if let verifier = context.signatureVerifier { inspection.verify(with: verifier) }
      context.signature = inspection
    }
    if policy.isEnabled, context.publisher == nil {
      context.publisher = Publisher(
        inspection: context.signature, verifier: context.signatureVerifier, policy: policy,
        targets: context.signature == nil ? [] : context.destinations.map(\.assessment.host))
    }
    return context
  }

  /// The findings for a context that ``prepared(_:limit:)`` filled in.
  func lint(prepared context: LintContext) -> [Diagnostic] {
    lintCounting(context, limit: context.findingLimit).diagnostics
  }

  /// The findings, and the ids of the rules that found more than ``findingsPerRule`` (their
  /// last reported finding says so).
  func lintCounting(_ context: LintContext, limit: Int = Linter.findingsPerRule) -> (
    diagnostics: [Diagnostic], truncated: Set<String>
  ) {
    // A file that is certainly not text (an image, a program) gets that one finding:
    // line-by-line findings about it would only be noise.
    if let binary = binaryContent,
      let verdict = ContentSniffer.verdict(of: context.document), verdict.certain
    {
      var context = context
      context.findingLimit = limit
      return (binary.check(context, verdict: verdict).filter { $0.severity >= selection.minimumSeverity }, [])
    }
    let context = prepared(context, limit: limit)
    var diagnostics: [Diagnostic] = []
    var truncated = Set<String>()
    for rule in rules {
      var found = rule.check(context)
      if found.count > limit {
        found.removeLast(found.count - limit)
        found[found.count - 1].message +=
          " (more findings of \(type(of: rule).id) in this file are not shown: a rule reports at most \(limit) per file)"
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
