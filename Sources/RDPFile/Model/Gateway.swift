/// The Remote Desktop Gateway a document names, and whether a client will use it.
///
/// `gatewayusagemethod` 1 (always) and 2 (when a direct connection fails) use the gateway;
/// 0, 3 and 4 do not route through the file's gateway (FreeRDP measures the same split). The
/// gateway port defaults to 443.
public struct Gateway: Sendable, Hashable {
  /// The gateway address from `gatewayhostname`.
  public var address: HostAddress
  /// The effective gateway port.
  public var port: Int
  /// The `gatewayusagemethod` value, when set.
  public var usageMethod: Int?
  /// The `gatewaycredentialssource` value, when set.
  public var credentialsSource: Int?

  /// The default gateway port (HTTPS).
  public static let defaultPort = 443

  init?(_ settings: EffectiveSettings) {
    guard let hostname = settings.string(.gatewayHostname), !hostname.isEmpty else {
      return nil
    }
    address = HostAddress(parsing: hostname)
    port = address.port ?? Self.defaultPort
    usageMethod = settings.integer(.gatewayUsageMethod)
    credentialsSource = settings.integer(.gatewayCredentialsSource)
  }

  /// Whether a client routes the connection through this gateway.
  public var isUsed: Bool { usageMethod == 1 || usageMethod == 2 }

  /// The gateway host name.
  public var host: String { address.host }
}
