/// Whether a rule's diagnostics carry fixes.
public enum FixAvailability: String, Sendable, Hashable, CaseIterable {
  /// Never.
  case none
  /// For some findings.
  case sometimes
  /// For every finding.
  case always
}
