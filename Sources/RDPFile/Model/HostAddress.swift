/// A `host[:port]` address as written in `full address`, `alternate full address` or
/// `gatewayhostname`.
///
/// Parsing follows the forms Microsoft documents (`host`, `host:port`, `[IPv6]`,
/// `[IPv6]:port`) and reads an unbracketed IPv6 literal as a whole address, as IronRDP does,
/// rather than splitting it at the last colon as FreeRDP 2.x does (which turns `fe80::1` into
/// host `fe80:` and port 1). The value is trimmed of spaces and tabs first, as clients trim
/// string values.
public struct HostAddress: Sendable, Hashable {
  /// What kind of host the address names.
  public enum Kind: String, Sendable, Hashable {
    /// A host name (single label or dotted).
    case name
    /// An IPv4 literal such as `192.0.2.10`.
    case ipv4
    /// An IPv6 literal, bracketed or not.
    case ipv6
    /// Nothing at all.
    case empty
  }

  /// The host without brackets.
  public private(set) var host: String
  /// The raw text after the port separator, when there is one.
  public private(set) var portText: String?
  /// Whether the host was written in square brackets.
  public private(set) var isBracketed: Bool
  /// Text that could not be placed: an unclosed bracket or junk after `]`.
  public private(set) var malformedTail: String?
  /// What the host is.
  public private(set) var kind: Kind = .empty
  /// The port, when one is written and it is a decimal number from 1 to 65535.
  public private(set) var port: Int?

  /// Parses an address value.
  public init(parsing value: String) {
    self.init(splitting: PlainText.trimmed(value))
    kind = Self.kind(of: host)
    port = Self.port(of: portText)
  }

  private init(splitting text: String) {
    host = text
    portText = nil
    isBracketed = false
    malformedTail = nil
    // Byte offsets: every delimiter here is ASCII, so splitting UTF-8 at them is safe.
    var copy = text
    let (open, close, lastColon, isIPv6) = copy.withUTF8 { bytes -> (Bool, Int?, Int?, Bool) in
      (
        bytes.first == 0x5B, bytes.firstIndex(of: 0x5D), bytes.lastIndex(of: 0x3A),
        bytes.first != 0x5B && IPAddress.isIPv6(bytes: bytes[...])
      )
    }
    let utf8 = Array(text.utf8)
    func piece(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
    if open {
      isBracketed = true
      guard let close else {
        host = piece(1..<utf8.count)
        malformedTail = "["
        return
      }
      host = piece(1..<close)
      if close + 1 < utf8.count {
        if utf8[close + 1] == 0x3A {
          portText = piece((close + 2)..<utf8.count)
        } else {
          malformedTail = piece((close + 1)..<utf8.count)
        }
      }
      return
    }
    if isIPv6 { return }
    if let lastColon {
      host = piece(0..<lastColon)
      portText = piece((lastColon + 1)..<utf8.count)
    }
  }

  /// Creates an address from its parts.
  public init(host: String, port: Int?) {
    self.host = host
    self.portText = port.map(String.init)
    self.malformedTail = nil
    kind = Self.kind(of: host)
    self.isBracketed = kind == .ipv6
    self.port = Self.port(of: portText)
  }

  private static func kind(of host: String) -> Kind {
    if host.isEmpty { return .empty }
    if IPAddress.isIPv4(host) { return .ipv4 }
    if IPAddress.isIPv6(host) { return .ipv6 }
    return .name
  }

  private static func port(of text: String?) -> Int? {
    guard let text, case .valid(let port) = IntegerValue(parsing: text), (1...65535).contains(port) else { return nil }
    return port
  }

  /// Whether the host is an IP literal of either family.
  public var isIPLiteral: Bool { kind == .ipv4 || kind == .ipv6 }

  /// Whether a port is written but is not a valid one.
  public var hasInvalidPort: Bool { portText != nil && port == nil }

  /// The address written back in canonical form: IPv6 in brackets when a port follows (and
  /// whenever it was bracketed), the port only when there is one.
  public var formatted: String {
    let needsBrackets = kind == .ipv6 && (portText != nil || isBracketed)
    let hostPart = needsBrackets ? "[\(host)]" : host
    guard let portText else { return hostPart }
    return "\(hostPart):\(portText)"
  }

}
