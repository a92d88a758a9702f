/// RDP208: `:3389` written in the address where it changes nothing.
struct RedundantDefaultPort: LintRule {
  static let id = "RDP208"
  static let name = "redundant-default-port"
  static let severity = Severity.info
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "An address ending in `:3389` while `server port` is absent or also 3389 (IPv6 addresses excepted).",
    whyItMatters: """
      3389 is the default; writing it in the address adds a second place for the port, and the \
      next person to change `server port` creates a conflict (RDP206) without noticing.
      """,
    example: "full address:s:ts.example.com:3389",
    fix:
      "Removes `:3389` from the address. Safe when, checked per file, every modelled client still connects to the same host on 3389; unsafe otherwise."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let serverPort = context.integer(.serverPort)
    guard serverPort == nil || serverPort == 3389 else { return [] }
    return context.addressLines.compactMap { line, address in
      guard address.port == 3389, address.kind != .ipv6, address.malformedTail == nil else { return nil }
      return diagnostic(
        "\(line.key) repeats the default port 3389; one place for the port is enough",
        at: context.valueRange(line),
        fix: context.checkedFix(
          "Write \(TextEscaper.brief(address.host)) without :3389",
          [.replaceValue(line: line.index, syntax: line.syntax, with: address.host)]))
    }
  }
}
