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
    gatewayCredentialsSource = settings.integer(.gatewayCredentialsSource) ?? 0
    username = connection.username
    domain = connection.domain
    credSSP = connection.credSSP
    negotiateSecurityLayer = connection.negotiateSecurityLayer
    entraAuthentication = (settings.integer(.enableRDSAADAuth) ?? 0) != 0
    for (resource, id) in zip(Resource.allCases, Self.mainKeys) {
      if let value = Self.mstscRedirection(resource, id, settings) { redirections[resource] = value }
    }
    launch.remoteApplication = (settings.integer(.remoteApplicationMode) ?? 0) != 0
    launch.name = settings.string(.remoteApplicationName)
    launch.program = settings.string(.remoteApplicationProgram)
    launch.commandLine = settings.string(.remoteApplicationCmdLine)
    launch.file = settings.string(.remoteApplicationFile)
    launch.alternateShell = settings.string(.alternateShell).flatMap { $0.isEmpty ? nil : $0 }
    launch.workingDirectory = settings.string(.shellWorkingDirectory).flatMap { $0.isEmpty ? nil : $0 }
    // mstsc reads a saved password blob; a clear-text password is FreeRDP's and Remmina's.
    storedCredentials = settings.effectiveLine(.password51).map { [$0.value] } ?? []
  }

  /// Each resource's main key, in ``Resource/allCases`` order, resolved once.
  private static let mainKeys = Resource.allCases.map { PropertyCatalogue.ID($0.keys[0]) }

  /// The value that turns `resource` (whose main key is `id`) on for mstsc, from the file or
  /// the documented default; `nil` when it stays off.
  private static func mstscRedirection(_ resource: Resource, _ id: PropertyCatalogue.ID, _ settings: EffectiveSettings)
    -> String?
  {
    let property = PropertyCatalogue.entries[id.index]
    switch property.type {
    case .integer:
      let value = settings.integer(id) ?? property.defaultValue.flatMap { Int($0) } ?? 0
      if resource == .drives { return nil }
      return value != 0 ? String(value) : nil
    default:
      var value = settings.string(id) ?? property.defaultValue ?? ""
      if resource == .drives, value.isEmpty, settings.integer(.redirectDrives) == 1 { value = "*" }
      return value.isEmpty ? nil : value
    }
  }
}
