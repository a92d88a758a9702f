// The property catalogue: every key in the team's fact table, with a description in our own
// words. Types, defaults and allowed values follow Microsoft's documentation where it speaks
// and the other sources (FreeRDP, IronRDP, MsRdpEx, rdpsign) where it does not.

extension PropertyCatalogue {
  static let entries: [Property] = [
    Property(
      name: "full address", type: .string, defaultValue: nil,
      allowed: .described("host | host:port | [ipv6] | [ipv6]:port"),
      summary:
        "Host name or IP address of the remote computer, optionally followed by :port. The one setting a file must have.",
      flags: [.securityRelevant], signScopeName: "Full Address",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "alternate full address", type: .string, defaultValue: nil,
      allowed: .described("host | host:port | [ipv6]:port"),
      summary:
        "A second address for the same computer; clients connect to it instead of full address when it is present.",
      flags: [.securityRelevant], signScopeName: "Alternate Full Address",
      sources: ["MS", "FreeRDP", "IronRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "server port", type: .integer, defaultValue: "3389",
      allowed: .range(1...65535),
      summary: "TCP port to connect to; overrides a port written in the address in FreeRDP.",
      flags: [.securityRelevant], signScopeName: "Server Port",
      sources: ["FreeRDP", "IronRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "username", type: .string, defaultValue: nil,
      allowed: .described("any; DOMAIN\\user or user@upn"),
      summary: "Account name to sign in with, as user, DOMAIN\\user or user@domain.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "domain", type: .string, defaultValue: nil,
      allowed: .described("domain name e.g. CONTOSO"),
      summary: "Domain of the account when the user name does not carry one.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "password", type: .string, defaultValue: nil,
      allowed: .described("clear text"),
      summary: "A password in clear text. Not a Microsoft setting; FreeRDP and Remmina read it.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["FreeRDP", "Remmina"]),
    Property(
      name: "password 51", type: .binary, defaultValue: nil,
      allowed: .described("hex string of a DPAPI blob"),
      summary: "A saved password encrypted with Windows DPAPI for one user on one machine, written as hex.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "gatewayhostname", type: .string, defaultValue: nil,
      allowed: .described("host | host:port (port default 443)"),
      summary: "Host name (and optional port, 443 by default) of the Remote Desktop Gateway.",
      flags: [.securityRelevant], signScopeName: "GatewayHostname",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "gatewayusagemethod", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1, 2, 3, 4]),
      summary:
        "When to use the gateway: 0 never, 1 always, 2 if a direct connection fails, 3 default settings, 4 never with local bypass.",
      flags: [.securityRelevant], signScopeName: "GatewayUsageMethod",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "gatewaycredentialssource", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1, 2, 3, 4, 5]),
      summary:
        "How the gateway authenticates: 0 password, 1 smart card, 2 signed-in user, 3 Basic, 4 choose later, 5 cookie.",
      flags: [.securityRelevant], signScopeName: "GatewayCredentialsSource",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "gatewayprofileusagemethod", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "0 lets the administrator's default gateway profile apply; 1 uses the gateway settings in this file.",
      flags: [.securityRelevant], signScopeName: "GatewayProfileUsageMethod",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "promptcredentialonce", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 reuses the same credentials for the gateway and the computer; 0 asks for each.",
      flags: [.securityRelevant], signScopeName: "PromptCredentialOnce",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "gatewayaccesstoken", type: .string, defaultValue: nil,
      allowed: .described("opaque token"),
      summary: "A bearer token for the gateway (Azure Virtual Desktop); a reusable secret.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["FreeRDP", "Remmina"]),
    Property(
      name: "gatewaybrokeringtype", type: .integer, defaultValue: nil,
      allowed: .described("integer (AVD files carry 1 or 0)"),
      summary: "Gateway brokering mode written by Azure Virtual Desktop feeds.",
      flags: [], signScopeName: nil, sources: ["other:avd-sample"]),
    Property(
      name: "gatewayusername", type: .string, defaultValue: nil,
      allowed: .described("user name"),
      summary: "User name for the gateway when it differs from the session account.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["IronRDP", "other:MsRdpEx"]),
    Property(
      name: "kdcproxyname", type: .string, defaultValue: nil,
      allowed: .described("FQDN e.g. kdc.contoso.com"),
      summary: "Fully qualified name of a Kerberos KDC proxy to use.",
      flags: [.securityRelevant], signScopeName: "KDCProxyName", sources: ["MS", "FreeRDP", "IronRDP", "other:rdpsign"]),
    Property(
      name: "rdgiskdcproxy", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 makes the gateway also act as the Kerberos KDC proxy.",
      flags: [.securityRelevant], signScopeName: "RDGIsKDCProxy", sources: ["FreeRDP", "other:rdpsign"]),
    Property(
      name: "loadbalanceinfo", type: .string, defaultValue: nil,
      allowed: .described("routing cookie e.g. tsv://MS Terminal Services Plugin.1.<coll> or mth://..."),
      summary: "Routing cookie for the RD Connection Broker (tsv:// or mth:// form).",
      flags: [.securityRelevant], signScopeName: "LoadBalanceInfo",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "pcb", type: .string, defaultValue: nil,
      allowed: .described("string (e.g. Hyper-V VM id)"),
      summary: "Pre-connection blob sent before the session starts, such as a Hyper-V VM id.",
      flags: [.securityRelevant], signScopeName: "PCB", sources: ["FreeRDP", "other:rdpsign"]),
    Property(
      name: "use redirection server name", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 lets the broker redirect the client to a server name it supplies.",
      flags: [.securityRelevant], signScopeName: "Use Redirection Server Name",
      sources: ["MS", "FreeRDP", "other:rdpsign"]),
    Property(
      name: "authentication level", type: .integer, defaultValue: "3",
      allowed: .oneOf([0, 1, 2, 3]),
      summary:
        "What to do when the server's identity cannot be verified: 0 connect anyway, 1 refuse, 2 warn, 3 no requirement.",
      flags: [.securityRelevant], signScopeName: "Authentication Level",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "enablecredsspsupport", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 allows CredSSP, i.e. Network Level Authentication; 0 turns it off.",
      flags: [.securityRelevant], signScopeName: "EnableCredSspSupport",
      sources: ["MS", "FreeRDP", "IronRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "negotiate security layer", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 negotiates the security protocol with the server; 0 asks for one protocol without fallback.",
      flags: [.securityRelevant], signScopeName: "Negotiate Security Layer",
      sources: ["FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "prompt for credentials", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 always asks for credentials before connecting, even when some are saved.",
      flags: [.securityRelevant], signScopeName: "Prompt For Credentials",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "prompt for credentials on client", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 asks for credentials on the client side (written by RD Web Access deployments).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:donkz"]),
    Property(
      name: "enablerdsaadauth", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 signs in with Microsoft Entra ID; the address must be a name, not an IP.",
      flags: [.securityRelevant], signScopeName: "EnableRdsAadAuth", sources: ["MS", "FreeRDP"]),
    Property(
      name: "targetisaadjoined", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "Older switch for password sign-in to Entra-joined hosts; replaced by enablerdsaadauth.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "other:avd-sample"]),
    Property(
      name: "disableconnectionsharing", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 always opens a new connection instead of reusing an existing session.",
      flags: [], signScopeName: "DisableConnectionSharing", sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "administrative session", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 connects to the administrative (console) session, like mstsc /admin.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "connect to console", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "Older name for connecting to the console session.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "public mode", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 stores no credentials, cache or history on the client.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "disable ctrl+alt+del", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "Whether Ctrl+Alt+Del is required before signing in.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "alternate shell", type: .string, defaultValue: nil,
      allowed: .described("path to executable (or RemoteApp alias)"),
      summary: "Program to start instead of the desktop shell (or a RemoteApp alias).",
      flags: [.securityRelevant], signScopeName: "Alternate Shell",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "shell working directory", type: .string, defaultValue: nil,
      allowed: .described("path"),
      summary: "Working folder for the alternate shell.",
      flags: [.securityRelevant], signScopeName: "Shell Working Directory",
      sources: ["FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationmode", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 runs a single RemoteApp instead of a full desktop.",
      flags: [], signScopeName: "RemoteApplicationMode",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationprogram", type: .string, defaultValue: nil,
      allowed: .described("alias or exe name; AVD uses ||<guid>"),
      summary: "Alias or executable name of the RemoteApp to start.",
      flags: [.securityRelevant], signScopeName: "RemoteApplicationProgram",
      sources: ["MS", "FreeRDP", "IronRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationname", type: .string, defaultValue: nil,
      allowed: .described("display name"),
      summary: "Display name of the RemoteApp.",
      flags: [], signScopeName: "RemoteApplicationName",
      sources: ["MS", "FreeRDP", "IronRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationcmdline", type: .string, defaultValue: nil,
      allowed: .described("command-line text"),
      summary: "Command-line arguments for the RemoteApp.",
      flags: [.securityRelevant], signScopeName: "RemoteApplicationCmdLine",
      sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationexpandcmdline", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 expands environment variables in the RemoteApp command line on the server.",
      flags: [], signScopeName: "RemoteApplicationExpandCmdLine",
      sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationexpandworkingdir", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 expands environment variables in the RemoteApp working folder on the server.",
      flags: [], signScopeName: "RemoteApplicationExpandWorkingdir",
      sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationfile", type: .string, defaultValue: nil,
      allowed: .described("file path"),
      summary: "File the RemoteApp opens.",
      flags: [], signScopeName: "RemoteApplicationFile", sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationicon", type: .string, defaultValue: nil,
      allowed: .described("path to .ico"),
      summary: "Icon file shown for the RemoteApp.",
      flags: [], signScopeName: "RemoteApplicationIcon", sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "remoteapplicationguid", type: .string, defaultValue: nil,
      allowed: .described("GUID"),
      summary: "Identifier of the RemoteApp.",
      flags: [], signScopeName: "RemoteApplicationGuid", sources: ["FreeRDP", "other:rdpsign"]),
    Property(
      name: "remoteapplicationfileextensions", type: .string, defaultValue: nil,
      allowed: .described("extension list"),
      summary: "File extensions the RemoteApp handles.",
      flags: [], signScopeName: "RemoteApplicationFileExtensions", sources: ["other:rdpsign"]),
    Property(
      name: "disableremoteappcapscheck", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 skips the check that the server supports RemoteApp.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "remotedesktopname", type: .string, defaultValue: nil,
      allowed: .described("text"),
      summary: "Display name of the remote desktop.",
      flags: [], signScopeName: nil, sources: ["other:avd-sample"]),
    Property(
      name: "workspace id", type: .string, defaultValue: nil,
      allowed: .described("GUID / id string"),
      summary: "Identifier of the RemoteApp and Desktop workspace the file came from.",
      flags: [], signScopeName: nil, sources: ["MS", "other:avd-sample"]),
    Property(
      name: "workspaceid", type: .integer, defaultValue: nil,
      allowed: .described("integer"),
      summary: "Workspace identifier; sources disagree on its type.",
      flags: [], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "enableworkspacereconnect", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 reconnects the whole workspace together.",
      flags: [], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "autoreconnection enabled", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 reconnects automatically when the connection drops.",
      flags: [], signScopeName: "AutoReconnection Enabled",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "autoreconnect max retries", type: .integer, defaultValue: "20",
      allowed: .range(0...200),
      summary: "How many times to try reconnecting.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "bandwidthautodetect", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 measures the network to pick the graphics settings.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "networkautodetect", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 detects the network type automatically.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "compression", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 compresses data sent over the connection.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "videoplaybackmode", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 uses efficient multimedia streaming for video.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "connection type", type: .integer, defaultValue: nil,
      allowed: .range(1...7),
      summary: "Network speed preset from 1 (modem) to 7 (auto-detect).",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "keyboardhook", type: .integer, defaultValue: "2",
      allowed: .oneOf([0, 1, 2, 3]),
      summary:
        "Where Windows key combinations go: 0 local, 1 remote, 2 full screen only, 3 remote except in RemoteApp.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "bitmapcachepersistenable", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 keeps the bitmap cache on disk between sessions.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "bitmapcachesize", type: .integer, defaultValue: "1500",
      allowed: .range(1...32000),
      summary: "Size of the bitmap cache in kilobytes.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "high resolution mouse", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 sends high-resolution mouse movement.",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "audiomode", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1, 2]),
      summary: "Where sound plays: 0 on this computer, 1 on the remote computer, 2 nowhere.",
      flags: [], signScopeName: "AudioMode",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "audiocapturemode", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects the microphone.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "audioqualitymode", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1, 2]),
      summary: "Audio quality: 0 dynamic, 1 medium, 2 uncompressed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "encode redirected video capture", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 encodes redirected camera video.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "redirected video capture encoding quality", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1, 2]),
      summary: "Quality of encoded camera video: 0 high compression to 2 low compression.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "camerastoredirect", type: .string, defaultValue: nil,
      allowed: .described("* | device paths; '-' prefix excludes"),
      summary: "Cameras to redirect: * for all, or a list of devices.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "devicestoredirect", type: .string, defaultValue: "*",
      allowed: .described("* | DynamicDevices | device instance ids"),
      summary: "Plug-and-play devices to redirect: * for all, or a list.",
      flags: [.securityRelevant], signScopeName: "DevicesToRedirect",
      sources: ["MS", "FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "drivestoredirect", type: .string, defaultValue: "*",
      allowed: .described("empty | * | DynamicDrives | C:\\;E:\\;"),
      summary: "Drives to redirect: * for all, DynamicDrives, or a list such as C:\\;E:\\.",
      flags: [.securityRelevant], signScopeName: "DrivesToRedirect",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "usbdevicestoredirect", type: .string, defaultValue: "*",
      allowed: .described("* | {setup-class GUID} | USB instance id"),
      summary: "USB devices to redirect: * for all, or a list.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "redirectclipboard", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 shares the clipboard with the remote computer.",
      flags: [.securityRelevant], signScopeName: "RedirectClipboard",
      sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectcomports", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects serial and parallel ports.",
      flags: [.securityRelevant], signScopeName: "RedirectCOMPorts",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectlocation", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 shares the client's location.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "redirectprinters", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 makes local printers available remotely.",
      flags: [.securityRelevant], signScopeName: "RedirectPrinters",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectsmartcards", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects smart cards and Windows Hello for Business.",
      flags: [.securityRelevant], signScopeName: "RedirectSmartCards",
      sources: ["MS", "FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectwebauthn", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects WebAuthn requests to the client.",
      flags: [.securityRelevant], signScopeName: "RedirectWebAuthn", sources: ["MS", "FreeRDP", "IronRDP"]),
    Property(
      name: "redirectdrives", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects local drives (older switch; see drivestoredirect).",
      flags: [.securityRelevant], signScopeName: "RedirectDrives", sources: ["FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectposdevices", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects point-of-service devices.",
      flags: [.securityRelevant], signScopeName: "RedirectPOSDevices",
      sources: ["FreeRDP", "Remmina", "other:donkz", "other:rdpsign"]),
    Property(
      name: "redirectdirectx", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 redirects DirectX.",
      flags: [], signScopeName: "RedirectDirectX", sources: ["FreeRDP", "other:donkz", "other:rdpsign"]),
    Property(
      name: "disableprinterredirection", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "1 turns printer redirection off.",
      flags: [], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "disableclipboardredirection", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "1 turns clipboard redirection off.",
      flags: [], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "smartrawprinters", type: .string, defaultValue: nil,
      allowed: .described("* | printer driver-name prefix(es)"),
      summary: "Printers to redirect as raw devices (Azure Virtual Desktop).",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "screen mode id", type: .integer, defaultValue: "2",
      allowed: .oneOf([1, 2]),
      summary: "1 windowed, 2 full screen.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "use multimon", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 uses all local monitors.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "selectedmonitors", type: .string, defaultValue: nil,
      allowed: .described("comma list of monitor ids from mstsc /l; first = primary"),
      summary: "Comma-separated monitor ids to use, the first being primary.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "maximizetocurrentdisplays", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 maximises to the displays the window is on.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "singlemoninwindowedmode", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 keeps a multi-monitor session on one monitor when windowed.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "span monitors", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 spans the desktop across monitors.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "smart sizing", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 scales the remote desktop to the window.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "dynamic resolution", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 updates the remote resolution when the window changes size.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP"]),
    Property(
      name: "desktop size id", type: .integer, defaultValue: nil,
      allowed: .range(0...4),
      summary: "Preset desktop size from 0 (640x480) to 4 (1600x1200).",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "desktopwidth", type: .integer, defaultValue: nil,
      allowed: .range(200...8192),
      summary: "Remote desktop width in pixels.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "desktopheight", type: .integer, defaultValue: nil,
      allowed: .range(200...8192),
      summary: "Remote desktop height in pixels.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP", "Remmina", "other:donkz"]),
    Property(
      name: "desktopscalefactor", type: .integer, defaultValue: nil,
      allowed: .oneOf([100, 125, 150, 175, 200, 250, 300, 400, 500]),
      summary: "Display scale in percent (being retired).",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "IronRDP"]),
    Property(
      name: "session bpp", type: .integer, defaultValue: "32",
      allowed: .oneOf([8, 15, 16, 24, 32]),
      summary: "Colour depth in bits per pixel.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "winposstr", type: .string, defaultValue: "0,3,0,0,800,600",
      allowed: .described("6 comma-separated integers"),
      summary: "Window position and size of the client window.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "other:donkz"]),
    Property(
      name: "enablesuperpan", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 lets the view pan when the remote desktop is larger than the window.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "superpanaccelerationfactor", type: .integer, defaultValue: "1",
      allowed: .range(1...2_147_483_647),
      summary: "Panning speed when superpan is on.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "displayconnectionbar", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 shows the connection bar in full screen.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "pinconnectionbar", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 keeps the connection bar pinned.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:donkz"]),
    Property(
      name: "forcehidpioptimizations", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "1 turns on high-DPI optimisations (macOS client).",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "disable wallpaper", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 hides the remote wallpaper.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "allow font smoothing", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 enables font smoothing.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "allow desktop composition", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 enables desktop composition effects.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "disable full window drag", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 shows only an outline while dragging windows.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "disable menu anims", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "1 turns off menu animations.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "disable themes", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 turns off visual themes.",
      flags: [], signScopeName: nil, sources: ["MS", "FreeRDP", "Remmina", "other:donkz"]),
    Property(
      name: "disable cursor setting", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 turns off cursor settings.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "Remmina"]),
    Property(
      name: "resourceprovider", type: .string, defaultValue: nil,
      allowed: .described("arm"),
      summary: "Resource provider of an Azure Virtual Desktop feed (arm).",
      flags: [], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "wvd endpoint pool", type: .string, defaultValue: nil,
      allowed: .described("GUID"),
      summary: "Host pool id of an Azure Virtual Desktop feed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "geo", type: .string, defaultValue: nil,
      allowed: .described("region code e.g. EU"),
      summary: "Region code of an Azure Virtual Desktop feed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "armpath", type: .string, defaultValue: nil,
      allowed: .described("ARM resource path"),
      summary: "Azure Resource Manager path of the resource.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "aadtenantid", type: .string, defaultValue: nil,
      allowed: .described("GUID"),
      summary: "Entra tenant id of the resource.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "diagnosticserviceurl", type: .string, defaultValue: nil,
      allowed: .described("https URL"),
      summary: "Diagnostics endpoint of an Azure Virtual Desktop feed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "hubdiscoverygeourl", type: .string, defaultValue: nil,
      allowed: .described("https URL"),
      summary: "Discovery endpoint of an Azure Virtual Desktop feed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "activityhint", type: .string, defaultValue: nil,
      allowed: .described("ms-wvd-ep:<guid>?... string"),
      summary: "Activity correlation hint of an Azure Virtual Desktop feed.",
      flags: [], signScopeName: nil, sources: ["FreeRDP", "other:avd-sample"]),
    Property(
      name: "endpointfedauth", type: .string, defaultValue: nil,
      allowed: .described("token"),
      summary: "Federated authentication token of an Azure Virtual Desktop feed; a secret.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["FreeRDP"]),
    Property(
      name: "clientrejectinjectedinput", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "1 makes the client refuse injected input (Azure Virtual Desktop).",
      flags: [], signScopeName: nil, sources: ["other:avd-sample"]),
    Property(
      name: "support url", type: .string, defaultValue: nil,
      allowed: .described("URL"),
      summary: "Help link shown to the user.",
      flags: [.securityRelevant], signScopeName: "Support URL", sources: ["MS", "other:rdpsign"]),
    Property(
      name: "require pre-authentication", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 requires authentication at the pre-authentication server first.",
      flags: [.securityRelevant], signScopeName: "Require pre-authentication", sources: ["MS", "other:rdpsign"]),
    Property(
      name: "pre-authentication server address", type: .string, defaultValue: nil,
      allowed: .described("URL/address"),
      summary: "Address of the pre-authentication server.",
      flags: [.securityRelevant], signScopeName: "Pre-authentication server address", sources: ["MS", "other:rdpsign"]),
    Property(
      name: "cookie based authentication server address", type: .string, defaultValue: nil,
      allowed: .described("URL/address"),
      summary: "Address of the cookie-based authentication server.",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "login web page address", type: .string, defaultValue: nil,
      allowed: .described("URL"),
      summary: "Address of the sign-in web page.",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "eventloguploadaddress", type: .string, defaultValue: nil,
      allowed: .described("URL/address"),
      summary: "Where the client uploads its event log.",
      flags: [.securityRelevant], signScopeName: "EventLogUploadAddress", sources: ["other:rdpsign"]),
    Property(
      name: "WinRTEncryptedPassword", type: .string, defaultValue: nil,
      allowed: .described("base64 of DataProtectionProvider('LOCAL=user') output"),
      summary: "A password protected for the current user by the app-container client, in base64.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "WinRTPasswordEncoding", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1, 2]),
      summary: "Text encoding of WinRTEncryptedPassword: 0 UTF-8, 1 UTF-16LE, 2 UTF-16BE.",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "signscope", type: .string, defaultValue: nil,
      allowed: .described("comma list of signed setting display names"),
      summary: "Comma-separated display names of the settings covered by the signature.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:rdpsign"]),
    Property(
      name: "signature", type: .string, defaultValue: nil,
      allowed: .described("base64 (may be split by double spaces)"),
      summary: "Base64 signature over the settings named in signscope.",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:rdpsign"]),
    Property(
      name: "auto connect", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "1 connects without showing the dialog (older clients).",
      flags: [], signScopeName: nil, sources: ["MS"]),
    Property(
      name: "client hostname", type: .string, defaultValue: nil,
      allowed: .described("name"),
      summary: "Computer name the client reports to the server.",
      flags: [], signScopeName: nil, sources: ["Remmina"]),
    Property(
      name: "precommand", type: .string, defaultValue: nil,
      allowed: .described("command"),
      summary: "Command to run before connecting (Remmina export).",
      flags: [], signScopeName: nil, sources: ["Remmina"]),
    Property(
      name: "redirectsmartcard", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "Remmina's singular spelling of redirectsmartcards.",
      flags: [], signScopeName: nil, sources: ["Remmina"]),
    Property(
      name: "ClearTextPassword", type: .string, defaultValue: nil,
      allowed: .described("clear text"),
      summary: "A clear-text password (MsRdpEx extension, for testing).",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["IronRDP", "other:MsRdpEx"]),
    Property(
      name: "GatewayPassword", type: .string, defaultValue: nil,
      allowed: .described("clear text"),
      summary: "A clear-text gateway password (MsRdpEx extension, for testing).",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["IronRDP", "other:MsRdpEx"]),
    Property(
      name: "KDCProxyURL", type: .string, defaultValue: nil,
      allowed: .described("https URL e.g. https://host:443/KdcProxy"),
      summary: "Full https URL of a Kerberos KDC proxy (MsRdpEx extension).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["IronRDP", "other:MsRdpEx"]),
    Property(
      name: "UserSpecifiedServerName", type: .string, defaultValue: nil,
      allowed: .described("FQDN"),
      summary: "Server name used for TLS and Kerberos checks while connecting to another address (MsRdpEx extension).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "RestrictedLogon", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 requests Restricted Admin mode (MsRdpEx extension).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "RedirectedAuthentication", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 requests Remote Credential Guard (MsRdpEx extension).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "DisableCredentialsDelegation", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 stops credentials from being delegated (MsRdpEx extension).",
      flags: [.securityRelevant], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "DisableUDPTransport", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 turns off the UDP transport (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "ConnectToChildSession", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 connects to a child session (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "EnableHardwareMode", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "Hardware mode switch (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "AllowBackgroundInput", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 accepts input while the window is in the background (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "EnableRelativeMouse", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 sends relative mouse movement (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "EnableMouseJiggler", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "1 moves the mouse periodically to keep the session awake (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "MouseJigglerInterval", type: .integer, defaultValue: "60",
      allowed: .described("seconds"),
      summary: "Seconds between mouse-jiggler moves (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "MouseJigglerMethod", type: .integer, defaultValue: "0",
      allowed: .oneOf([0, 1]),
      summary: "How the mouse jiggler moves (MsRdpEx extension).",
      flags: [], signScopeName: nil, sources: ["other:MsRdpEx"]),
    Property(
      name: "ironrdp_autologon", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: sign in automatically.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_colordepth", type: .integer, defaultValue: nil,
      allowed: .described("e.g. 16|32"),
      summary: "IronRDP: colour depth.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_compressionlevel", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1, 2, 3]),
      summary: "IronRDP: compression level.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_tls", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: use TLS.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_serverpointer", type: .integer, defaultValue: "1",
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: let the server draw the pointer.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_rdpdr", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: device redirection.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_smartcard", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: smart-card redirection.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_qoi", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: QOI image codec.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_qoiz", type: .integer, defaultValue: nil,
      allowed: .oneOf([0, 1]),
      summary: "IronRDP: compressed QOI image codec.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_rdcleanpathurl", type: .string, defaultValue: nil,
      allowed: .described("URL"),
      summary: "IronRDP: RDCleanPath proxy URL.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_rdcleanpathtoken", type: .string, defaultValue: nil,
      allowed: .described("token"),
      summary: "IronRDP: RDCleanPath proxy token; a secret.",
      flags: [.securityRelevant, .secret], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_dvcplugin", type: .string, defaultValue: nil,
      allowed: .described("comma list of paths"),
      summary: "IronRDP: dynamic virtual channel plug-ins.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_dvcpipeproxy", type: .string, defaultValue: nil,
      allowed: .described("comma list of channel=pipe"),
      summary: "IronRDP: channel-to-pipe proxies.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_fakeeventsinterval", type: .integer, defaultValue: nil,
      allowed: .described("minutes"),
      summary: "IronRDP: minutes between keep-alive input events.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_named_pipe", type: .string, defaultValue: nil,
      allowed: .described("pipe path"),
      summary: "IronRDP: named pipe path.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
    Property(
      name: "ironrdp_sandbox_id", type: .string, defaultValue: nil,
      allowed: .described("id"),
      summary: "IronRDP: sandbox identifier.",
      flags: [], signScopeName: nil, sources: ["IronRDP"]),
  ]

  /// The settings signing tools cover, in the order they sign them (rdpsign.exe as
  /// re-implemented by nfedera/rdpsign): lower-case key and display name in `signscope`.
  static let signingOrder: [(key: String, scopeName: String)] = [
    ("full address", "Full Address"),
    ("alternate full address", "Alternate Full Address"),
    ("pcb", "PCB"),
    ("use redirection server name", "Use Redirection Server Name"),
    ("server port", "Server Port"),
    ("negotiate security layer", "Negotiate Security Layer"),
    ("enablecredsspsupport", "EnableCredSspSupport"),
    ("disableconnectionsharing", "DisableConnectionSharing"),
    ("autoreconnection enabled", "AutoReconnection Enabled"),
    ("gatewayhostname", "GatewayHostname"),
    ("gatewayusagemethod", "GatewayUsageMethod"),
    ("gatewayprofileusagemethod", "GatewayProfileUsageMethod"),
    ("gatewaycredentialssource", "GatewayCredentialsSource"),
    ("support url", "Support URL"),
    ("promptcredentialonce", "PromptCredentialOnce"),
    ("require pre-authentication", "Require pre-authentication"),
    ("pre-authentication server address", "Pre-authentication server address"),
    ("alternate shell", "Alternate Shell"),
    ("shell working directory", "Shell Working Directory"),
    ("remoteapplicationprogram", "RemoteApplicationProgram"),
    ("remoteapplicationexpandworkingdir", "RemoteApplicationExpandWorkingdir"),
    ("remoteapplicationmode", "RemoteApplicationMode"),
    ("remoteapplicationguid", "RemoteApplicationGuid"),
    ("remoteapplicationname", "RemoteApplicationName"),
    ("remoteapplicationicon", "RemoteApplicationIcon"),
    ("remoteapplicationfile", "RemoteApplicationFile"),
    ("remoteapplicationfileextensions", "RemoteApplicationFileExtensions"),
    ("remoteapplicationcmdline", "RemoteApplicationCmdLine"),
    ("remoteapplicationexpandcmdline", "RemoteApplicationExpandCmdLine"),
    ("prompt for credentials", "Prompt For Credentials"),
    ("authentication level", "Authentication Level"),
    ("audiomode", "AudioMode"),
    ("redirectdrives", "RedirectDrives"),
    ("redirectprinters", "RedirectPrinters"),
    ("redirectcomports", "RedirectCOMPorts"),
    ("redirectsmartcards", "RedirectSmartCards"),
    ("redirectposdevices", "RedirectPOSDevices"),
    ("redirectclipboard", "RedirectClipboard"),
    ("devicestoredirect", "DevicesToRedirect"),
    ("drivestoredirect", "DrivesToRedirect"),
    ("loadbalanceinfo", "LoadBalanceInfo"),
    ("redirectdirectx", "RedirectDirectX"),
    ("rdgiskdcproxy", "RDGIsKDCProxy"),
    ("kdcproxyname", "KDCProxyName"),
    ("eventloguploadaddress", "EventLogUploadAddress"),
    // rdpsign.exe signs these two after EventLogUploadAddress, in this order (compared with
    // Windows' own signer by other signing tools; see security-triage notes).
    ("enablerdsaadauth", "EnableRdsAadAuth"),
    ("redirectwebauthn", "RedirectWebAuthn"),
  ]
}
