/// The destination, gateway, account and security choices of a document, resolved the way a
/// client resolves them.
///
/// - The address comes from `alternate full address` when it is present and not empty, and
///   from `full address` otherwise: FreeRDP does this and notes that mstsc does too.
/// - The port is `server port` when it holds a strict decimal number, else the port written in
///   the address, else 3389. FreeRDP lets `server port` win whatever the line order; IronRDP
///   prefers the address's port, so ``RDPDocument`` lint flags any disagreement.
/// - The account: a `DOMAIN\user` user name gives both parts (split at the first backslash);
///   otherwise the `domain` key gives the domain. (FreeRDP ignores `domain` whenever
///   `username` is set; Windows' client uses it, so we do.)
/// - Unset security keys take Microsoft's documented defaults: CredSSP on, negotiation on,
///   authentication level 3.
public struct Connection: Sendable, Hashable {
  /// Which key the address was taken from.
  public enum AddressSource: String, Sendable, Hashable {
    /// `full address`.
    case fullAddress = "full address"
    /// `alternate full address`, which overrides `full address`.
    case alternateFullAddress = "alternate full address"
  }

  /// Where the port came from.
  public enum PortSource: String, Sendable, Hashable {
    /// The `server port` key.
    case serverPort = "server port"
    /// A `:port` written in the address.
    case address
    /// Nothing set it: the RDP default 3389.
    case `default`
  }

  /// The effective address, when the file names one.
  public var address: HostAddress?
  /// The key the address came from.
  public var addressSource: AddressSource?
  /// The effective TCP port.
  public var port: Int
  /// Where ``port`` came from.
  public var portSource: PortSource
  /// The gateway settings, when a gateway host is named.
  public var gateway: Gateway?
  /// The user name part of the account, when set.
  public var username: String?
  /// The domain part of the account, when set.
  public var domain: String?
  /// Whether CredSSP (Network Level Authentication) may be used (`enablecredsspsupport`).
  public var credSSP: Bool
  /// Whether the client negotiates the security layer (`negotiate security layer`).
  public var negotiateSecurityLayer: Bool
  /// What the client does when it cannot verify the server (`authentication level`).
  public var authenticationLevel: Int
  /// Whether `authentication level` is written in the file (otherwise the default applies).
  public var authenticationLevelIsSet: Bool

  /// The default RDP port.
  public static let defaultPort = 3389
  /// Microsoft's documented default for `authentication level`.
  public static let defaultAuthenticationLevel = 3

  init(_ settings: EffectiveSettings) {
    let alternate = settings.string(.alternateFullAddress).flatMap { $0.isEmpty ? nil : $0 }
    if let alternate {
      address = HostAddress(parsing: alternate)
      addressSource = .alternateFullAddress
    } else if let full = settings.string(.fullAddress) {
      address = HostAddress(parsing: full)
      addressSource = .fullAddress
    } else {
      address = nil
      addressSource = nil
    }
    if let serverPort = settings.integer(.serverPort) {
      port = serverPort
      portSource = .serverPort
    } else if let addressPort = address?.port {
      port = addressPort
      portSource = .address
    } else {
      port = Self.defaultPort
      portSource = .default
    }
    gateway = Gateway(settings)
    let user = settings.string(.username)
    if let user, let backslash = user.firstIndex(of: "\\") {
      domain = String(user[..<backslash])
      username = String(user[user.index(after: backslash)...])
    } else {
      username = user
      domain = settings.string(.domain)
    }
    credSSP = (settings.integer(.enableCredSSPSupport) ?? 1) != 0
    negotiateSecurityLayer = (settings.integer(.negotiateSecurityLayer) ?? 1) != 0
    let level = settings.integer(.authenticationLevel)
    authenticationLevel = level ?? Self.defaultAuthenticationLevel
    authenticationLevelIsSet = level != nil
  }

  /// The effective host name or IP literal, when there is an address.
  public var host: String? { address?.host }
}
