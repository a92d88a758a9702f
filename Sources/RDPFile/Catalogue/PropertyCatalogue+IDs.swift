extension PropertyCatalogue {
  /// Entry indices of the keys the connection model reads on every document, looked up once.
  enum ID {
    static let fullAddress = PropertyCatalogue.index(of: "full address")!
    static let alternateFullAddress = PropertyCatalogue.index(of: "alternate full address")!
    static let serverPort = PropertyCatalogue.index(of: "server port")!
    static let username = PropertyCatalogue.index(of: "username")!
    static let domain = PropertyCatalogue.index(of: "domain")!
    static let enableCredSSPSupport = PropertyCatalogue.index(of: "enablecredsspsupport")!
    static let negotiateSecurityLayer = PropertyCatalogue.index(of: "negotiate security layer")!
    static let authenticationLevel = PropertyCatalogue.index(of: "authentication level")!
    static let gatewayHostname = PropertyCatalogue.index(of: "gatewayhostname")!
    static let gatewayUsageMethod = PropertyCatalogue.index(of: "gatewayusagemethod")!
    static let gatewayCredentialsSource = PropertyCatalogue.index(of: "gatewaycredentialssource")!
  }
}
