/// The metadata of a rule, as a value.
public struct RuleInfo: Sendable, Hashable {
  /// The stable id (`RDP101`).
  public var id: String
  /// The kebab-case name.
  public var name: String
  /// The default severity.
  public var severity: Severity
  /// Whether findings carry fixes.
  public var fixAvailability: FixAvailability
  /// The documentation.
  public var documentation: RuleDocumentation

  /// The family the id's first digit names.
  public var family: String {
    switch id.dropFirst(3).first {
    case "1": "security negotiation"
    case "2": "addressing"
    case "3": "gateway"
    case "4": "credentials and secrets"
    case "5": "signing"
    case "6": "file hygiene"
    case "7": "portability"
    case "8": "triage"
    default: "other"
    }
  }
}
