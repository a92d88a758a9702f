/// What the file alone says about a host a connection goes to: inside the organisation (an
/// allowed domain, a private, loopback or link-local address, a one-label intranet name) or
/// outside it (a public address, any other name), and whether its name imitates another.
public struct HostAssessment: Sendable, Hashable {
  /// Where a host is.
  public enum Place: String, Sendable, Hashable {
    /// A name in one of the organisation's domains.
    case organisation
    /// A private, loopback, link-local or shared address (RFC 1918, RFC 6598, RFC 4193).
    case privateAddress = "private-address"
    /// A name of one label, which only the local network's DNS can answer.
    case localName = "local-name"
    /// An address on the internet.
    case publicAddress = "public-address"
    /// A name outside every allowed domain.
    case outside
  }

  /// The host as the client holds it.
  public let host: String
  /// Where it is.
  public let place: Place
  /// Why the name may imitate another, when it may.
  public let lookAlike: String?

  /// Judges `host` (brackets and a `%zone` of an IPv6 literal are ignored).
  public init(_ host: String, policy: TriagePolicy) {
    self.host = host
    let bare = Self.bare(host)
    if let bytes = IPAddress.bytes(of: bare) {
      place = Self.isPrivate(bytes) ? .privateAddress : .publicAddress
      lookAlike = nil
      return
    }
    if policy.allowedDomain(of: bare) != nil {
      place = .organisation
    } else if !bare.contains(".") {
      place = .localName
    } else {
      place = .outside
    }
    lookAlike =
      place == .organisation && bare.allSatisfy(\.isASCII) ? nil : NameResemblance.lookAlike(host: bare, policy: policy)
  }

  /// Whether the host is outside the organisation.
  public var isOutside: Bool { place == .publicAddress || place == .outside }

  /// Whether the host is an address rather than a name.
  public var isAddress: Bool { place == .publicAddress || place == .privateAddress }

  /// The host without IPv6 brackets or zone, trimmed.
  static func bare(_ host: String) -> String {
    var text = Substring(PlainText.trimmed(host))
    if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
      text = text[text.index(after: text.startIndex)..<close]
    }
    if let percent = text.firstIndex(of: "%"), text.contains(":") { text = text[..<percent] }
    return String(text)
  }

  /// Whether an address is private, loopback, link-local, shared or unspecified.
  static func isPrivate(_ bytes: [UInt8]) -> Bool {
    if bytes.count == 4 {
      let (a, b) = (bytes[0], bytes[1])
      return a == 10 || a == 127 || a == 0 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168)
        || (a == 169 && b == 254) || (a == 100 && (64...127).contains(b))
    }
    guard bytes.count == 16 else { return false }
    if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
      return isPrivate(Array(bytes[12...]))
    }
    if bytes[0..<15].allSatisfy({ $0 == 0 }) { return bytes[15] <= 1 }  // :: and ::1
    return bytes[0] & 0xFE == 0xFC || (bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80)
  }
}
