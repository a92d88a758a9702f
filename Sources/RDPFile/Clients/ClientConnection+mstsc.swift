extension ClientConnection {
  /// Windows' client, as Microsoft documents it: the effective view of ``EffectiveSettings``
  /// (last valid occurrence, strict decimal integers, every encoding decoded) and the
  /// catalogue's documented defaults for what the file leaves out. `connection` is
  /// `settings.connection`, passed in by callers that already have it.
  init(mstsc settings: EffectiveSettings, connection: Connection) {
    self.init(
      client: .mstsc, host: connection.host, port: connection.port, authenticationLevel: connection.authenticationLevel)
    if let gateway = connection.gateway {
      gatewayHost = gateway.host
      gatewayPort = gateway.port
      gatewayUsed = gateway.isUsed
    }
    gatewayCredentialsSource = settings.integer("gatewaycredentialssource") ?? 0
    username = connection.username
    domain = connection.domain
    credSSP = connection.credSSP
    negotiateSecurityLayer = connection.negotiateSecurityLayer
    entraAuthentication = (settings.integer("enablerdsaadauth") ?? 0) != 0
    for resource in Resource.allCases {
      if let value = Self.mstscRedirection(resource, settings) { redirections[resource] = value }
    }
    launch.remoteApplication = (settings.integer("remoteapplicationmode") ?? 0) != 0
    launch.name = settings.string("remoteapplicationname")
    launch.program = settings.string("remoteapplicationprogram")
    launch.commandLine = settings.string("remoteapplicationcmdline")
    launch.file = settings.string("remoteapplicationfile")
    launch.alternateShell = settings.string("alternate shell").flatMap { $0.isEmpty ? nil : $0 }
    launch.workingDirectory = settings.string("shell working directory").flatMap { $0.isEmpty ? nil : $0 }
    // mstsc reads a saved password blob; a clear-text password is FreeRDP's and Remmina's.
    storedCredentials = settings.effectiveLine(forKey: "password 51").map { [$0.value] } ?? []
  }

  /// The value that turns `resource` on for mstsc, from the file or the documented default;
  /// `nil` when it stays off.
  static func mstscRedirection(_ resource: Resource, _ settings: EffectiveSettings) -> String? {
    let key = resource.keys[0]
    let property = PropertyCatalogue.property(named: key)
    switch property?.type {
    case .integer?:
      let value = settings.integer(key) ?? property?.defaultValue.flatMap { Int($0) } ?? 0
      if resource == .drives { return nil }
      return value != 0 ? String(value) : nil
    default:
      var value = settings.string(key) ?? property?.defaultValue ?? ""
      if resource == .drives, value.isEmpty, settings.integer("redirectdrives") == 1 { value = "*" }
      return value.isEmpty ? nil : value
    }
  }
}
