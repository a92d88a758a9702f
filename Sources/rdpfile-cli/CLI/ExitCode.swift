/// The process exit status, decided in one place for every command.
enum ExitCode: Int32, Sendable, Comparable {
  /// Clean: no findings, nothing to change.
  case success = 0
  /// Findings were reported, or `--check` found something to change.
  case findings = 1
  /// A file could not be read, written or was refused.
  case failure = 2
  /// The command line was wrong.
  case usage = 64

  static func < (lhs: ExitCode, rhs: ExitCode) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The status of a run over many files: any file that failed (unreadable, unwritable,
  /// refused, not processed) makes it 2, otherwise any finding makes it 1. Every command that
  /// processes files ends here.
  static func of(failures: Int, findings: Int) -> ExitCode {
    failures > 0 ? .failure : findings > 0 ? .findings : .success
  }
}
