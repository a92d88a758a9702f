extension LintContext {
  /// The keys that hold a connection address.
  static let addressKeys = ["full address", "alternate full address"]

  /// The deciding lines of `full address` and `alternate full address` whose value is not
  /// empty, with their parsed addresses.
  var addressLines: [(line: SettingLine, address: HostAddress)] {
    Self.addressKeys.compactMap { key in
      guard let line = effectiveLine(forKey: key), !line.trimmedValue.isEmpty else { return nil }
      return (line, HostAddress(parsing: line.value))
    }
  }

  /// The deciding `gatewayhostname` line and its address, when not empty.
  var gatewayLine: (line: SettingLine, address: HostAddress)? {
    guard let line = effectiveLine(forKey: "gatewayhostname"), !line.trimmedValue.isEmpty else { return nil }
    return (line, HostAddress(parsing: line.value))
  }

  /// Whether the file routes through its gateway (`gatewayusagemethod` 1 or 2 and a host).
  var usesGateway: Bool {
    connection.gateway?.isUsed ?? false
  }

  /// Whether `host` is a loopback name or address.
  static func isLoopback(_ address: HostAddress) -> Bool {
    let host = Setting.normalize(address.host)
    if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" { return true }
    return address.kind == .ipv4 && host.hasPrefix("127.")
  }

  /// The address text with `host` re-bracketed for IPv6 and the given port.
  static func addressText(host: String, port: String?) -> String {
    HostAddress(host: host, port: nil).formatted + (port.map { ":\($0)" } ?? "")
  }
}
