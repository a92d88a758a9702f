/// One reason behind a file's risk: a finding of a rule, with the risk it carries.
public struct TriageReason: Sendable, Hashable {
  /// The finding.
  public let diagnostic: Diagnostic
  /// The risk it carries.
  public let risk: Risk

  /// The rule's id (`RDP804`).
  public var rule: String { diagnostic.ruleID }
  /// What was found.
  public var message: String { diagnostic.message }
}
