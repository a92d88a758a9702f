/// RDP306: `gatewayhostname` written as a URL.
struct GatewayURLForm: LintRule {
  static let id = "RDP306"
  static let name = "gateway-url-form"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "`gatewayhostname` with a scheme (`https://`) or a path.",
    whyItMatters: """
      The gateway setting is a host name with an optional port; the client adds the scheme and \
      path itself. A URL is looked up as a name and the gateway cannot be reached (0x300000C).
      """,
    example: "gatewayhostname:s:https://gw.example.com/rpc",
    fix:
      "Keeps only `host[:port]`. Safe when, checked per file, no modelled client connects differently afterwards; unsafe when a client read the URL as another gateway."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let gateway = context.gatewayLine else { return [] }
    let value = gateway.line.trimmedValue
    guard PlainText.contains(value, byte: 0x2F) else { return [] }
    let afterScheme = value.firstRange(of: "://").map { String(value[$0.upperBound...]) } ?? value
    let host = String(afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    let fix =
      host.isEmpty
      ? nil
      : context.checkedFix(
        "Write \(TextEscaper.brief(host))",
        [.replaceValue(line: gateway.line.index, syntax: gateway.line.syntax, with: host)])
    return [
      diagnostic(
        "gatewayhostname \(context.show(value, key: "gatewayhostname")) is a URL; the setting takes a host name and optional port",
        at: context.valueRange(gateway.line), fix: fix)
    ]
  }
}
