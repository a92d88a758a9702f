extension PropertyCatalogue {
  /// A catalogue entry the code names, resolved to its index once: a lookup by name costs a
  /// hash and a comparison of every character, and rules and client models ask for the same
  /// keys on every document.
  struct ID: Sendable, Hashable {
    /// The entry index.
    let index: Int

    /// The entry for `name`, which must be catalogued (a misspelt name stops the program the
    /// first time it is used, and every rule runs in the tests).
    init(_ name: String) {
      guard let index = PropertyCatalogue.index(of: name) else { preconditionFailure("'\(name)' is not catalogued") }
      self.index = index
    }

    static let fullAddress = ID("full address")
    static let alternateFullAddress = ID("alternate full address")
    static let serverPort = ID("server port")
    static let username = ID("username")
    static let domain = ID("domain")
    static let password = ID("password")
    static let password51 = ID("password 51")
    static let enableCredSSPSupport = ID("enablecredsspsupport")
    static let negotiateSecurityLayer = ID("negotiate security layer")
    static let authenticationLevel = ID("authentication level")
    static let promptCredentialOnce = ID("promptcredentialonce")
    static let enableRDSAADAuth = ID("enablerdsaadauth")
    static let targetIsAADJoined = ID("targetisaadjoined")
    static let connectionType = ID("connection type")
    static let gatewayHostname = ID("gatewayhostname")
    static let gatewayUsageMethod = ID("gatewayusagemethod")
    static let gatewayCredentialsSource = ID("gatewaycredentialssource")
    static let gatewayProfileUsageMethod = ID("gatewayprofileusagemethod")
    static let rdgIsKDCProxy = ID("rdgiskdcproxy")
    static let remoteApplicationMode = ID("remoteapplicationmode")
    static let remoteApplicationName = ID("remoteapplicationname")
    static let remoteApplicationProgram = ID("remoteapplicationprogram")
    static let remoteApplicationCmdLine = ID("remoteapplicationcmdline")
    static let remoteApplicationFile = ID("remoteapplicationfile")
    static let alternateShell = ID("alternate shell")
    static let shellWorkingDirectory = ID("shell working directory")
    static let redirectDrives = ID("redirectdrives")
    static let redirectPrinters = ID("redirectprinters")
    static let audioCaptureMode = ID("audiocapturemode")
    static let signScope = ID("signscope")
    static let signature = ID("signature")
  }
}
