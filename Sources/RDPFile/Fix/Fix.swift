/// A change a rule proposes: a title, whether it is safe, and the edits that make it.
public struct Fix: Sendable, Hashable {
  /// What the fix does, in a few words (`Set authentication level to 2`).
  public var title: String
  /// Whether it is safe to apply without asking.
  public var applicability: Applicability
  /// The edits, all against the document the diagnostic was made for.
  public var edits: [Edit]

  /// Creates a fix.
  public init(title: String, applicability: Applicability, edits: [Edit]) {
    self.title = title
    self.applicability = applicability
    self.edits = edits
  }

  /// Whether any edit of this fix collides with an edit of `other`.
  public func overlaps(_ other: Fix) -> Bool {
    edits.contains { edit in other.edits.contains(where: edit.overlaps) }
  }
}
