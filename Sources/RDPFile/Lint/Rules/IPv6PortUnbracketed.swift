/// RDP203: an IPv6 address followed by `:port` without square brackets.
struct IPv6PortUnbracketed: LintRule {
  static let id = "RDP203"
  static let name = "ipv6-port-unbracketed"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "An address of the form `IPv6:port` without brackets, such as `2001:db8::10:3390`.",
    whyItMatters: """
      Without brackets there is no telling where the address ends: `2001:db8::10:3390` is itself \
      a valid IPv6 address. mstsc needs `[2001:db8::10]:3390` and fails otherwise; FreeRDP cuts \
      at the last colon and other clients read the whole thing as an address on port 3389.
      """,
    example: "full address:s:2001:db8::10:3390",
    fix: """
      Writes `[address]:port`. Safe when the text cannot be a complete IPv6 address; unsafe when \
      it can (the fix then picks one of two destinations).
      """)

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
      let fixed = "[\(host)]:\(port)"
      let message = ambiguous
        ? "\(line.key) \(context.show(line.trimmedValue, key: line.key)) is ambiguous: IPv6 address \(host) on port \(port), or one longer address; mstsc needs brackets"
        : "\(line.key) \(context.show(line.trimmedValue, key: line.key)) appends a port to an IPv6 address without brackets; clients read the port as part of the address"
      return diagnostic(
        message, at: context.valueRange(line),
        fix: FixBuilder.setValue(line, to: fixed, title: "Write \(TextEscaper.brief(fixed))", ambiguous ? .unsafe : .safe))
    }
  }
}
