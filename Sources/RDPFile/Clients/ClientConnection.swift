/// What one client connects with, from one file: everything a change to the file could alter
/// that matters to whoever opens it. Two files are the same connection for a client when these
/// are equal; a fix is safe only when they stay equal for every ``Client``.
///
/// Values are as the client holds them (FreeRDP keeps the brackets of an IPv6 host, for
/// example), so the views of two clients can be compared field by field (``differences(from:)``).
public struct ClientConnection: Sendable, Hashable {
  /// What starts when the connection opens.
  public struct Launch: Sendable, Hashable {
    /// Whether the file starts a RemoteApp instead of a desktop.
    public var remoteApplication = false
    /// The RemoteApp's name as the user sees it while it starts.
    public var name: String?
    /// The RemoteApp program (or alias).
    public var program: String?
    /// Its command line.
    public var commandLine: String?
    /// A file it opens.
    public var file: String?
    /// The program started instead of the desktop shell.
    public var alternateShell: String?
    /// The working directory of that program.
    public var workingDirectory: String?
  }

  /// The client.
  public var client: Client
  /// Why the client refuses or cannot survive the file, when it does (then nothing below
  /// applies).
  public var refusal: String?
  /// The host the client connects to, as it holds it; `nil` when the file names none.
  public var host: String?
  /// The TCP port.
  public var port: Int
  /// The gateway host, when one is named.
  public var gatewayHost: String?
  /// The gateway port.
  public var gatewayPort: Int?
  /// Whether the connection goes through the gateway.
  public var gatewayUsed = false
  /// Whose credentials go to the gateway (`gatewaycredentialssource`).
  public var gatewayCredentialsSource = 0
  /// The account.
  public var username: String?
  /// The account's domain.
  public var domain: String?
  /// Whether Network Level Authentication (CredSSP) may be used.
  public var credSSP = true
  /// Whether the security layer is negotiated.
  public var negotiateSecurityLayer = true
  /// What happens when the server cannot be verified.
  public var authenticationLevel: Int
  /// Whether Microsoft Entra sign-in is asked for.
  public var entraAuthentication = false
  /// The resources handed to the remote computer, with the value that decides each.
  public var redirections: [Resource: String] = [:]
  /// What starts.
  public var launch = Launch()
  /// Command-line options the client runs from the file (FreeRDP 2.11's `/` lines).
  public var commandLineOptions: [String] = []
  /// The credentials stored in the file that the client would use (a clear-text `password`,
  /// a `password 51` blob): compared, never shown.
  var storedCredentials: [String] = []

  /// The fields, named, in a fixed order, as text (for comparisons and messages). Secrets are
  /// never shown: stored credentials are counted, a `/p:` option is masked.
  public var fields: [(name: String, value: String)] {
    func show(_ value: String?) -> String { value.map { "'\(TextEscaper.brief($0, limit: 60))'" } ?? "unset" }
    if let refusal { return [("refuses the file", refusal)] }
    let options = commandLineOptions.map { TextEscaper.brief(Self.masked(option: $0), limit: 40) }
    return [
      ("host", show(host)), ("port", String(port)), ("gateway", show(gatewayHost)),
      ("gateway port", gatewayPort.map(String.init) ?? "unset"), ("gateway used", String(gatewayUsed)),
      ("gateway credentials", String(gatewayCredentialsSource)), ("username", show(username)), ("domain", show(domain)),
      ("CredSSP (NLA)", String(credSSP)), ("negotiate security layer", String(negotiateSecurityLayer)),
      ("authentication level", String(authenticationLevel)), ("Entra sign-in", String(entraAuthentication)),
      (
        "redirected",
        redirections.isEmpty
          ? "nothing"
          : redirections.sorted { $0.key < $1.key }.map {
            "\($0.key.rawValue)=\(TextEscaper.brief($0.value, limit: 30))"
          }.joined(separator: ", ")
      ),
      ("RemoteApp", launch.remoteApplication ? show(launch.program) : "no"),
      ("RemoteApp name", show(launch.name)), ("RemoteApp command line", show(launch.commandLine)),
      ("RemoteApp file", show(launch.file)),
      ("alternate shell", show(launch.alternateShell)), ("working directory", show(launch.workingDirectory)),
      ("command-line options", options.isEmpty ? "none" : options.joined(separator: " ")),
      ("stored credentials", storedCredentials.isEmpty ? "none" : "\(storedCredentials.count) (hidden)"),
    ]
  }

  /// A command-line option with a password in it masked (`/p:********`).
  public static func masked(option: String) -> String {
    let name = option.prefix { $0 != ":" }.lowercased()
    return ["/p", "/gp", "/password", "/gateway-password"].contains(name) ? "\(name):\(SecretPolicy.mask)" : option
  }

  /// Where the views of the clients that read the file disagree: each field that differs, with
  /// every such client's value, in field order. (Clients that refuse the file are left out;
  /// their ``refusal`` says why.)
  public static func disagreements(_ connections: [ClientConnection]) -> [(field: String, values: [(Client, String)])] {
    let connections = connections.filter { $0.refusal == nil }
    let tables = connections.map {
      (client: $0.client, fields: Dictionary($0.fields, uniquingKeysWith: { first, _ in first }))
    }
    var names: [String] = []
    for connection in connections {
      for field in connection.fields where !names.contains(field.name) { names.append(field.name) }
    }
    return names.compactMap { name in
      let values = tables.map { ($0.client, $0.fields[name] ?? "n/a") }
      return Set(values.map(\.1)).count > 1 ? (name, values) : nil
    }
  }

  /// The fields on which `other` differs, with both values.
  public func differences(from other: ClientConnection) -> [(name: String, mine: String, theirs: String)] {
    let theirs = Dictionary(other.fields, uniquingKeysWith: { first, _ in first })
    let mine = Dictionary(fields, uniquingKeysWith: { first, _ in first })
    let names = (fields.map(\.name) + other.fields.map(\.name)).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    return names.compactMap { name in
      let a = mine[name] ?? "n/a"
      let b = theirs[name] ?? "n/a"
      return a == b ? nil : (name, a, b)
    }
  }

  /// Whether two views are the same connection (the client aside).
  public func isSameConnection(as other: ClientConnection) -> Bool {
    var copy = other
    copy.client = client
    return copy == self
  }
}

extension RDPDocument {
  /// What `client` connects with from this document.
  public func connection(for client: Client) -> ClientConnection {
    guard client == .mstsc else { return ClientConnection(freeRDP: FreeRDPFileReader(self, client: client)) }
    let effective = effective
    return ClientConnection(mstsc: effective, connection: effective.connection)
  }

  /// What each modelled client connects with.
  public var connections: [ClientConnection] {
    let effective = effective
    return connections(effective: effective, connection: effective.connection)
  }

  /// What each modelled client connects with, reusing the document's effective view and
  /// connection where the caller already has them (mstsc's model is built on them).
  func connections(effective: EffectiveSettings, connection: Connection) -> [ClientConnection] {
    Client.allCases.map {
      $0 == .mstsc ? ClientConnection(mstsc: effective, connection: connection) : self.connection(for: $0)
    }
  }
}

extension ClientConnection {
  /// The RDP port when nothing else sets one.
  static let defaultPort = 3389

  init(client: Client, host: String?, port: Int, authenticationLevel: Int) {
    self.client = client
    self.host = host
    self.port = port
    self.authenticationLevel = authenticationLevel
  }
}
