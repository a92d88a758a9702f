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
}
