import RDPFile

/// What happened to one file in a run of a writing command.
struct FileFixReport: Sendable {
  enum Status: Sendable, Equatable {
    case unchanged
    /// Written; the backup's path when one was made.
    case changed(backup: String?)
    case wouldChange
    case refused(String)
    case failed(String)
    case notProcessed

    var label: String {
      switch self {
      case .unchanged: "unchanged"
      case .changed: "changed"
      case .wouldChange: "would-change"
      case .refused: "refused"
      case .failed: "failed"
      case .notProcessed: "not-processed"
      }
    }
  }

  var path: String
  var status: Status
  var changes: [String] = []
  var diff: String?
}
