/// RDP205: doubled brackets, or brackets around something that is not an IPv6 address.
struct DoubleBracket: LintRule {
  static let id = "RDP205"
  static let name = "double-bracket"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "An address with `[[…]]`, an unclosed `[`, text after `]`, or brackets around a name or IPv4 address.",
    whyItMatters: """
      Brackets are only for IPv6 literals. Anything else in brackets is not a host name any \
      client can resolve; generators that bracket twice produce files that cannot connect.
      """,
    example: "full address:s:[[2001:db8::10]]:3389",
    fix:
      "Removes the extra brackets when what is inside is clear. Unsafe: clients then connect to an address they could not use before."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    context.addressLines.compactMap { line, address in
      guard address.isBracketed, address.malformedTail != nil || address.kind != .ipv6 || address.host.contains("[")
      else {
        return nil
      }
      let inner = address.host.filter { $0 != "[" && $0 != "]" }
      var port = address.portText
      if port == nil, let tail = address.malformedTail {
        let stripped = tail.drop(while: { $0 == "]" })
        if stripped.hasPrefix(":") { port = String(stripped.dropFirst()) }
      }
      let cleanHost = HostAddress(parsing: inner)
      let fixable = !inner.isEmpty && cleanHost.portText == nil && cleanHost.malformedTail == nil
      let fixed = LintContext.addressText(host: inner, port: port)
      return diagnostic(
        "\(line.key) \(context.show(line.trimmedValue, key: line.key)) has misplaced brackets; brackets are only for IPv6 addresses",
        at: context.valueRange(line),
        fix: fixable
          ? context.checkedFix(
            "Write \(TextEscaper.brief(fixed))", [.replaceValue(line: line.index, syntax: line.syntax, with: fixed)])
          : nil)
    }
  }
}
