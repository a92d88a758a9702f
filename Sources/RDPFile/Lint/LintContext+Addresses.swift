extension LintContext {
  /// The keys that hold a connection address.
  static let addressKeys = ["full address", "alternate full address"]

  /// Whether the file routes through its gateway (`gatewayusagemethod` 1 or 2 and a host).
  var usesGateway: Bool {
    connection.gateway?.isUsed ?? false
  }

  /// Whether `host` is a loopback name or address.
  static func isLoopback(_ address: HostAddress) -> Bool {
    let host = PlainText.asciiLowercased(address.host)
    if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" { return true }
    return address.kind == .ipv4 && host.hasPrefix("127.")
  }

  /// The address text with `host` re-bracketed for IPv6 and the given port.
  static func addressText(host: String, port: String?) -> String {
    HostAddress(host: host, port: nil).formatted + (port.map { ":\($0)" } ?? "")
  }
}
