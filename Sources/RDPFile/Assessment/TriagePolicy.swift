/// What the organisation running a triage counts as its own: the domains whose hosts it trusts
/// as destinations, and the publishers whose signatures it trusts. Without any domain, no host
/// name counts as the organisation's own (private and loopback addresses always do).
public struct TriagePolicy: Sendable, Hashable {
  /// The organisation's domains, lower case, without leading or trailing dots.
  public private(set) var allowedDomains: [String]
  /// SHA-256 thumbprints of trusted publishers' certificates, lower-case hex without colons.
  public private(set) var trustedThumbprints: Set<String>
  /// Whether the triage rules (RDP8xx) run: always in a triage; in a lint only when asked
  /// (the organisation's domains or trust given, or the rules selected by name), so that an
  /// ordinary lint of one's own share stays as it was.
  public var isEnabled: Bool

  /// A policy. Domains and thumbprints are normalised (`*.Contoso.com.` is `contoso.com`,
  /// `AB:CD…` is `abcd…`).
  public init(allowedDomains: [String] = [], trustedThumbprints: [String] = [], isEnabled: Bool = false) {
    self.allowedDomains = allowedDomains.map(Self.domain).filter { !$0.isEmpty }
    self.trustedThumbprints = Set(trustedThumbprints.map(Self.thumbprint))
    self.isEnabled = isEnabled
  }

  /// `text` as a domain: lower case, no `*.` or dots around it.
  static func domain(_ text: String) -> String {
    var name = PlainText.asciiLowercased(PlainText.trimmed(text))
    if name.hasPrefix("*.") { name.removeFirst(2) }
    while name.hasPrefix(".") { name.removeFirst() }
    while name.hasSuffix(".") { name.removeLast() }
    return name
  }

  /// `text` as a thumbprint: hex digits only, lower case.
  static func thumbprint(_ text: String) -> String {
    String(text.lowercased().filter { $0.isHexDigit })
  }

  /// Whether `text` is a SHA-256 thumbprint (64 hex digits, colons and spaces allowed).
  public static func isThumbprint(_ text: String) -> Bool {
    text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == " " } && thumbprint(text).count == 64
  }

  /// Whether `text` is a plausible DNS domain for `--allow-domain`: at least two labels of
  /// letters, digits and hyphens (punycode included), a leading `*.` or dot allowed.
  public static func isDomain(_ text: String) -> Bool {
    var name = Substring(text.lowercased())
    if name.hasPrefix("*.") { name = name.dropFirst(2) } else if name.hasPrefix(".") { name = name.dropFirst() }
    if name.hasSuffix(".") { name = name.dropLast() }
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    return labels.count >= 2 && name.count <= 253
      && labels.allSatisfy { label in
        !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
          && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
      }
  }

  /// The allowed domain `host` is in (the domain itself or a subdomain), if any.
  public func allowedDomain(of host: String) -> String? {
    let name = Self.domain(host)
    return allowedDomains.first { name == $0 || name.hasSuffix("." + $0) }
  }
}
