extension ClientConnection {
  /// FreeRDP 2.11 or 3.30, from what its parser reads (see ``FreeRDPFileReader``) and how its
  /// populate step turns that into settings.
  init(freeRDP file: FreeRDPFileReader) {
    let client = file.client
    self.init(client: client, host: nil, port: ClientConnection.defaultPort, authenticationLevel: 2)
    if let refusal = file.refusal {
      self.refusal = refusal
      return
    }
    // The address: a present alternate full address wins, even when empty; the port is cut at
    // the last colon and must be 1–65535, or the file is refused; server port wins over it.
    let alternate = file.string("alternate full address")
    let key = alternate != nil ? "alternate full address" : "full address"
    if let text = alternate ?? file.string("full address") {
      switch Self.splitFreeRDP(text) {
      case .success(let (splitHost, splitPort)):
        host = splitHost
        if let splitPort { port = splitPort }
      case .failure:
        refusal = "\(client.label) refuses the file: the port in \(key) is not a number from 1 to 65535"
        return
      }
    }
    if let serverPort = file.integer("server port") { port = serverPort }
    if let gateway = file.string("gatewayhostname") {
      switch Self.splitFreeRDP(gateway) {
      case .success(let (splitHost, splitPort)):
        gatewayHost = splitHost
        gatewayPort = splitPort ?? 443
      case .failure:
        refusal = "\(client.label) refuses the file: the port in gatewayhostname is not a number from 1 to 65535"
        return
      }
    }
    let usage = file.integer("gatewayusagemethod") ?? 0
    gatewayUsed = usage == 1 || usage == 2
    // gatewaycredentialssource: FreeRDP does not read it (0 in every measured reading).
    account(file)
    credSSP = (file.integer("enablecredsspsupport") ?? 1) != 0
    negotiateSecurityLayer = (file.integer("negotiate security layer") ?? 1) != 0
    authenticationLevel = file.integer("authentication level") ?? 2
    if let type = file.integer("connection type"), type > 7 || (type == 0 && client == .freeRDP2) {
      refusal = "\(client.label) refuses the file: connection type \(type) is not a type it knows"
      return
    }
    if client == .freeRDP3 { entraAuthentication = (file.integer("enablerdsaadauth") ?? 0) != 0 }
    redirect(file)
    launch.remoteApplication = (file.integer("remoteapplicationmode") ?? 0) != 0
    launch.name = file.string("remoteapplicationname")
    launch.program = file.string("remoteapplicationprogram")
    launch.commandLine = file.string("remoteapplicationcmdline")
    launch.file = file.string("remoteapplicationfile")
    launch.alternateShell = file.string("alternate shell").flatMap { $0.isEmpty ? nil : $0 }
    launch.workingDirectory = file.string("shell working directory").flatMap { $0.isEmpty ? nil : $0 }
    if client == .freeRDP2 { runCommandLine(file.slashLines) }
    if let password = file.string("password") { storedCredentials.append(password) }
  }

  /// User and domain: FreeRDP 2.11 takes the domain from `DOMAIN\user` whenever `username` is
  /// set (`""` without a backslash) and reads `domain` only without a user name; FreeRDP 3.30
  /// lets a present `domain` line win, even an empty one, and leaves empty parts unset.
  private mutating func account(_ file: FreeRDPFileReader) {
    let user = file.string("username")
    let domainKey = file.string("domain")
    var prefix: String?
    var name = user
    if let user, let backslash = user.firstIndex(of: "\\") {
      prefix = String(user[..<backslash])
      name = String(user[user.index(after: backslash)...])
    }
    if file.client == .freeRDP2 {
      username = name
      domain = user != nil ? (prefix ?? "") : domainKey
    } else {
      username = name.flatMap { $0.isEmpty ? nil : $0 }
      domain = domainKey ?? prefix.flatMap { $0.isEmpty ? nil : $0 }
    }
  }

  /// What FreeRDP redirects from the file, without asking anyone (it shows no dialog).
  private mutating func redirect(_ file: FreeRDPFileReader) {
    let three = file.client == .freeRDP3
    func on(_ key: String, default value: Int) -> String? {
      let number = file.integer(key) ?? value
      return number != 0 ? String(number) : nil
    }
    func list(_ key: String) -> String? {
      guard let value = file.string(key), !value.isEmpty else { return nil }
      return value
    }
    var drives = list("drivestoredirect")
    if drives == nil, file.integer("redirectdrives").map({ $0 != 0 }) == true { drives = "*" }
    let found: [(Resource, String?)] = [
      (.drives, drives), (.clipboard, on("redirectclipboard", default: 1)),
      (.printers, on("redirectprinters", default: 0)),
      (.microphone, file.integer("audiocapturemode") == 1 ? "1" : nil),
      (.smartcards, on("redirectsmartcards", default: 0)), (.ports, on("redirectcomports", default: 0)),
      (.devices, list("devicestoredirect")), (.webauthn, three ? on("redirectwebauthn", default: 0) : nil),
      (.location, three ? on("redirectlocation", default: 0) : nil),
      (.cameras, three ? list("camerastoredirect") : nil), (.usb, three ? list("usbdevicestoredirect") : nil),
    ]
    for (resource, value) in found { if let value { redirections[resource] = value } }
  }

  /// FreeRDP 2.11 runs lines starting with `/` as command-line options after the file: `/v:`,
  /// `/u:`, `/p:`, `/d:` and `/port:` change the connection here, redirection options turn
  /// resources on, and a line that is no option at all becomes the host name (its "deprecated
  /// command line" fallback).
  private mutating func runCommandLine(_ lines: [String]) {
    for line in lines {
      commandLineOptions.append(line)
      let body = line.dropFirst()
      let name = body.prefix { $0 != ":" && $0 != " " }.lowercased()
      let value = body.firstIndex(of: ":").map { String(body[body.index(after: $0)...]) }
      switch name {
      case "v":
        if let value, case .success(let (splitHost, splitPort)) = Self.splitFreeRDP(value) {
          host = splitHost
          if let splitPort { port = splitPort }
        }
      case "u":
        if let value {
          if let backslash = value.firstIndex(of: "\\") {
            domain = String(value[..<backslash])
            username = String(value[value.index(after: backslash)...])
          } else {
            username = value
            domain = ""
          }
        }
      case "d": domain = value
      case "port": if let value, let number = Int(value) { port = number }
      case "drive", "drives", "home-drive": redirections[.drives] = value ?? "*"
      case "clipboard": redirections[.clipboard] = "1"
      case "printer": redirections[.printers] = value ?? "1"
      case "microphone", "mic": redirections[.microphone] = "1"
      case "smartcard": redirections[.smartcards] = value ?? "1"
      case "serial", "parallel": redirections[.ports] = value ?? "1"
      case "usb": redirections[.usb] = value ?? "*"
      case "app", "shell", "shell-dir", "cert", "cert-ignore", "sec", "admin", "restricted-admin", "f", "size", "w",
        "h", "bpp",
        "multimon", "gateway", "g", "gu", "gd", "gp", "gt", "p", "sound", "network", "gfx", "rfx", "dynamic-resolution",
        "auth-only", "log-level", "load-balance-info", "timeout", "ipv6", "6", "kbd", "decorations", "floatbar":
        break
      default:
        // No option FreeRDP knows: it becomes the host, as if it followed `/v:`.
        if case .success(let (splitHost, splitPort)) = Self.splitFreeRDP(line) {
          host = splitHost
          if let splitPort { port = splitPort }
        } else {
          host = line
        }
      }
    }
  }

  /// FreeRDP's host and port split: at the last colon, the port read like `strtol` (digits,
  /// then anything) and required to be 1–65535; no colon, no port. IPv6 brackets stay.
  static func splitFreeRDP(_ value: String) -> Result<(String, Int?), SplitFailure> {
    guard let colon = value.lastIndex(of: ":") else { return .success((value, nil)) }
    let portText = value[value.index(after: colon)...]
    let digits = portText.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 6, let number = Int(digits), (1...65535).contains(number) else {
      return .failure(SplitFailure())
    }
    return .success((String(value[..<colon]), number))
  }

  /// A port FreeRDP refuses.
  struct SplitFailure: Error {}
}
