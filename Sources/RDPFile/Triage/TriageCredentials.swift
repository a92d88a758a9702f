/// Where a file sends credentials, and which it carries.
public struct TriageCredentials: Sendable, Hashable {
  /// `gatewaycredentialssource` as mstsc uses it (0 ask, 1 smart card, 2 the signed-in
  /// account, 3 basic, 4 let the user choose), when a gateway is used.
  public var gatewayCredentialsSource: Int?
  /// Whether the credentials typed for the host go to the gateway too (`promptcredentialonce`).
  public var sameForGatewayAndHost = false
  /// The account the sign-in prompt is filled in with.
  public var username: String?
  /// Its domain.
  public var domain: String?
  /// The keys that store a secret in the file (the values are never shown).
  public var storedSecretKeys: [String] = []

  /// What `gatewayCredentialsSource` means.
  public var gatewaySourceMeaning: String? {
    gatewayCredentialsSource.map { source in
      switch source {
      case 0: "asks for a password"
      case 1: "uses a smart card"
      case 2: "sends the signed-in Windows account"
      case 3: "uses basic authentication"
      case 4: "lets the user choose"
      default: "unknown method \(source)"
      }
    }
  }
}
