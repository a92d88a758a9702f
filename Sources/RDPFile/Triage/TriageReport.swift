/// What a connection file will do to whoever opens it: where it connects (per client), who
/// signed it, what it hands over, what it starts, where credentials go, how it may try to
/// confuse a reader, and the risk that follows, with its reasons.
public struct TriageReport: Sendable {
  /// The overall risk: the highest of the reasons', `low` without any.
  public var risk: Risk
  /// The findings that decided it, highest risk first.
  public var reasons: [TriageReason]
  /// What each modelled client connects with.
  public var connections: [ClientConnection]
  /// The hosts the clients connect to, judged.
  public var destinations: [HostAssessment]
  /// The gateways they use, judged.
  public var gateways: [HostAssessment]
  /// Whether `alternate full address` sends the connection somewhere `full address` does not say.
  public var alternateDiffers: Bool
  /// Who signed the file.
  public var publisher: Publisher
  /// The resources the file turns on, in the dialog's order.
  public var exposure: [Exposure]
  /// What starts (mstsc's reading).
  public var launch: ClientConnection.Launch
  /// Command-line options a FreeRDP 2.11 client runs from `/` lines.
  public var commandLineOptions: [String]
  /// Where credentials go.
  public var credentials: TriageCredentials
  /// What blocklists take.
  public var indicators: Indicators

  /// The connection of one client.
  public func connection(for client: Client) -> ClientConnection {
    connections.first { $0.client == client }!
  }
}
