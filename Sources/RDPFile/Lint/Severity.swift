/// How serious a finding is.
///
/// - `error`: the file will fail, is malformed, or turns off server authentication entirely.
/// - `warning`: risky or probably not what was meant.
/// - `info`: worth knowing.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Worth knowing.
  case info
  /// Risky or probably wrong.
  case warning
  /// Will fail, is malformed, or removes server authentication.
  case error

  /// Orders `info < warning < error`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }
}
