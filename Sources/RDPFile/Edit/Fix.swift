/// A change a rule proposes: a title, whether it is safe, and the edits that make it.
public struct Fix: Sendable, Hashable {
  /// What the fix does, in a few words (`Set authentication level to 2`).
  public var title: String
  /// Whether it is safe to apply without asking.
  public var applicability: Applicability
  /// The edits, all against the document the diagnostic was made for.
  public var edits: [Edit]

  /// The most edits a fix may have: a connection file has a few dozen lines, and a fix over
  /// more lines than this would cost more memory than the file itself is worth (rules offer
  /// none then).
  public static let maximumEdits = 1_000_000

  /// Creates a fix.
  public init(title: String, applicability: Applicability, edits: [Edit]) {
    self.title = title
    self.applicability = applicability
    self.edits = edits
  }

}
