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
  public var host: String
  /// The raw text after the port separator, when there is one.
  public var portText: String?
  /// Whether the host was written in square brackets.
  public var isBracketed: Bool
  /// Text that could not be placed: an unclosed bracket or junk after `]`.
  public var malformedTail: String?

  /// Parses an address value.
  public init(parsing value: String) {
    let text = HostAddress.trimmed(value)
    host = text
    portText = nil
    isBracketed = false
    malformedTail = nil
    if text.hasPrefix("[") {
      isBracketed = true
      let inner = text.dropFirst()
      guard let close = inner.firstIndex(of: "]") else {
        host = String(inner)
        malformedTail = "["
        return
      }
      host = String(inner[..<close])
      let rest = inner[inner.index(after: close)...]
      if rest.hasPrefix(":") {
        portText = String(rest.dropFirst())
      } else if !rest.isEmpty {
        malformedTail = String(rest)
      }
      return
    }
    if IPAddress.isIPv6(text) { return }
    if let colon = text.lastIndex(of: ":") {
      host = String(text[..<colon])
      portText = String(text[text.index(after: colon)...])
    }
  }

  /// Creates an address from its parts.
  public init(host: String, port: Int?) {
    self.host = host
    self.portText = port.map(String.init)
    self.isBracketed = IPAddress.isIPv6(host)
    self.malformedTail = nil
  }

  /// What the host is.
  public var kind: Kind {
    if host.isEmpty { return .empty }
    if IPAddress.isIPv4(host) { return .ipv4 }
    if IPAddress.isIPv6(host) { return .ipv6 }
    return .name
  }

  /// Whether the host is an IP literal of either family.
  public var isIPLiteral: Bool { kind == .ipv4 || kind == .ipv6 }

  /// The port, when one is written and it is a decimal number from 1 to 65535.
  public var port: Int? {
    guard let portText, case .valid(let port) = IntegerValue(parsing: portText),
      (1...65535).contains(port)
    else { return nil }
    return port
  }

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

  /// Trims the characters clients strip from string values: space, tab, vertical tab and form
  /// feed (FreeRDP's `isspace` trimming, measured in `freerdp-oracle.md`).
  package static func trimmed(_ value: String) -> String {
    let isSpace: (Unicode.Scalar) -> Bool = { [" ", "\t", "\u{0B}", "\u{0C}", "\r", "\n"].contains($0) }
    let scalars = value.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
  }
}
