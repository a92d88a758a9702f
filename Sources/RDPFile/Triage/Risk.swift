/// How much harm opening a file may do, as a triage judges it from the file alone.
public enum Risk: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Nothing found beyond what an ordinary connection inside the organisation does.
  case low
  /// Something a person should look at before the file is let through.
  case medium
  /// The file does what phishing files do: it hands over local resources, credentials or a
  /// command to a host outside the organisation, or hides where it connects.
  case high

  /// The risk a finding of `severity` carries, for the triage rules (RDP8xx), whose severity is
  /// their risk.
  init(_ severity: Severity) {
    switch severity {
    case .error: self = .high
    case .warning: self = .medium
    case .info: self = .low
    }
  }

  /// The severity a finding of this risk is reported with (SARIF levels, lint).
  public var severity: Severity {
    switch self {
    case .high: .error
    case .medium: .warning
    case .low: .info
    }
  }

  /// Orders risks from low to high.
  public static func < (lhs: Risk, rhs: Risk) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
