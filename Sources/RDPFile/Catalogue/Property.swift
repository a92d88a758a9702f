/// One known `.rdp` setting: its type, default, allowed values and meaning.
public struct Property: Sendable, Hashable {
  /// Facts about a property that rules and renderers care about.
  public struct Flags: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates flags from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The setting decides where or how securely the client connects, or what it exposes.
    public static let securityRelevant = Flags(rawValue: 1 << 0)
    /// The value is a secret (password, token) and is never printed unless asked.
    public static let secret = Flags(rawValue: 1 << 1)
  }

  /// The values a property accepts.
  public enum AllowedValues: Sendable, Hashable {
    /// One of a fixed set of integers.
    case oneOf([Int])
    /// An integer within a range.
    case range(ClosedRange<Int>)
    /// Free-form text, described in words.
    case described(String)

    /// Whether `value` is allowed; always `true` for described values.
    public func allows(_ value: Int) -> Bool {
      switch self {
      case .oneOf(let values): values.contains(value)
      case .range(let range): range.contains(value)
      case .described: true
      }
    }

    /// The allowed values in words: `0, 1`, `1–65535` or the description.
    public var label: String {
      switch self {
      case .oneOf(let values): values.map(String.init).joined(separator: ", ")
      case .range(let range): "\(range.lowerBound)–\(range.upperBound)"
      case .described(let text): text
      }
    }
  }

  /// The key as usually written (most keys are lower case).
  public let name: String
  /// The type letter the key takes.
  public let type: ValueType
  /// The value that applies when the key is absent, when one is documented.
  public let defaultValue: String?
  /// The values the key accepts.
  public let allowed: AllowedValues
  /// One line on what the setting does.
  public let summary: String
  /// Security relevance and secrecy.
  public let flags: Flags
  /// The name signing tools write for this key in `signscope`, when signing covers it.
  public let signScopeName: String?
  /// Which sources know the key (`MS`, `FreeRDP`, `IronRDP`, …).
  public let sources: [String]

  /// Whether the setting bears on security.
  public var isSecurityRelevant: Bool { flags.contains(.securityRelevant) }
  /// Whether the value is a secret.
  public var isSecret: Bool { flags.contains(.secret) }
  /// Whether signing tools cover the key.
  public var isCoveredBySigning: Bool { signScopeName != nil }
  /// The key folded to lower case.
  public var normalizedName: String { PlainText.asciiLowercased(name) }
}
