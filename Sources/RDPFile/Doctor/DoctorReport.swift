/// Everything `rdpfile doctor` saw for one file: each step's result, the findings and the
/// verdict.
public struct DoctorReport: Sendable {
  /// One endpoint checked (the target, or the gateway).
  public struct Endpoint: Sendable {
    /// The name or address the file gives.
    public var host: String
    /// The port.
    public var port: Int
    /// The addresses it resolved to (the literal itself for an IP address).
    public var addresses: [String] = []
    /// Why it did not resolve.
    public var resolutionError: ProbeError?
    /// The address a connection was made to, and how long it took.
    public var connected: (address: String, milliseconds: Int)?
    /// Why no connection could be made.
    public var connectionError: ProbeError?
    /// The TLS handshake's outcome, when one was made.
    public var tls: TLSOutcome?
  }

  /// One negotiation request and its answer.
  public struct Negotiation: Sendable {
    /// What was asked for.
    public var requested: RDPProtocols
    /// Whether this is the request the file itself makes.
    public var isFileRequest: Bool
    /// The server's answer, or why there was none.
    public var outcome: Result<NegotiationOutcome, ProbeError>
  }

  /// Will the file connect?
  public enum Verdict: String, Sendable {
    /// As far as the first bytes tell, yes.
    case connects
    /// Yes, after the user answers a warning.
    case connectsAfterWarning = "connects-after-warning"
    /// No.
    case cannotConnect = "cannot-connect"
    /// The doctor could not tell.
    case unknown
  }

  /// The target as the file names it, when it names one.
  public var target: Endpoint?
  /// Why the target was not contacted directly (a gateway that is always used), if so.
  public var targetSkipped: String?
  /// The requests sent to the target, the file's own first.
  public var negotiations: [Negotiation] = []
  /// The gateway, when the file uses one.
  public var gateway: Endpoint?
  /// The findings, most severe first.
  public var findings: [DoctorFinding] = []
  /// The verdict.
  public var verdict = Verdict.unknown
  /// One or two sentences: will it connect, what the user will see, what would fix it.
  public var summary = ""
}
