/// RDP203: `IPv6:port` without brackets, such as `2001:db8::10:3390`.
struct IPv6PortUnbracketed: LintRule {
  static let id = "RDP203"
  static let name = "ipv6-port-unbracketed"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "An address of the form `IPv6:port` without brackets, such as `2001:db8::10:3390`.",
    whyItMatters: """
      Without brackets there is no telling where the address ends: `2001:db8::10:3390` is itself \
      a valid IPv6 address. mstsc needs `[2001:db8::10]:3390` for a port. FreeRDP 2.11 and 3.30 \
      cut at the last colon, so this is the one spelling they connect with: they keep the \
      brackets of `[…]:port` and glibc's resolver rejects them (measured). No IPv6 literal \
      works in both.
      """,
    example: "full address:s:2001:db8::10:3390",
    fix:
      "None automatic: which address was meant cannot be known, and no spelling works for every client; use a DNS name."
  )

  /// The address and port an unbracketed `IPv6:port` text splits into, when it does.
  static func split(_ text: String) -> (host: String, port: String, ambiguous: Bool)? {
    guard !text.hasPrefix("["), text.filter({ $0 == ":" }).count >= 2, let colon = text.lastIndex(of: ":") else {
      return nil
    }
    let host = String(text[..<colon])
    let port = String(text[text.index(after: colon)...])
    guard !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }), IPAddress.isIPv6(host) else { return nil }
    return (host, port, IPAddress.isIPv6(text))
  }

  func check(_ context: LintContext) -> [Diagnostic] {
    context.addressLines.compactMap { line, _ in
      guard let (host, port, ambiguous) = Self.split(line.trimmedValue) else { return nil }
      let reading = "FreeRDP 2.11 and 3.30 read IPv6 address \(host) on port \(port); mstsc needs brackets for a port"
      let message =
        ambiguous
        ? "\(line.key) \(context.show(line.trimmedValue, key: line.key)) is ambiguous: IPv6 address \(host) on port \(port), or one longer address; \(reading). Use a DNS name"
        : "\(line.key) \(context.show(line.trimmedValue, key: line.key)) appends a port to an IPv6 address without brackets: \(reading). Use a DNS name"
      return diagnostic(message, at: context.valueRange(line))
    }
  }
}
