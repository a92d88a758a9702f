/// Everything `rdpfile doctor` saw for one file: each step's result, the findings and the
/// verdict.
package struct DoctorReport: Sendable {
  /// One endpoint checked (the target, or the gateway).
  package struct Endpoint: Sendable {
    /// The name or address the file gives.
    package var host: String
    /// The port.
    package var port: Int
    /// The addresses it resolved to (the literal itself for an IP address).
    package var addresses: [String] = []
    /// Why it did not resolve.
    package var resolutionError: ProbeError?
    /// The address a connection was made to, and how long it took.
    package var connected: (address: String, milliseconds: Int)?
    /// Why no connection could be made.
    package var connectionError: ProbeError?
    /// The TLS handshake's outcome, when one was made.
    package var tls: TLSOutcome?
  }

  /// One negotiation request and its answer.
  package struct Negotiation: Sendable {
    /// What was asked for.
    package var requested: RDPProtocols
    /// Whether this is the request the file itself makes.
    package var isFileRequest: Bool
    /// The server's answer, or why there was none.
    package var outcome: Result<NegotiationOutcome, ProbeError>
  }

  /// Will the file connect?
  package enum Verdict: String, Sendable {
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
  package var target: Endpoint?
  /// Why the target was not contacted directly (a gateway that is always used), if so.
  package var targetSkipped: String?
  /// The requests sent to the target, the file's own first.
  package var negotiations: [Negotiation] = []
  /// The gateway, when the file uses one.
  package var gateway: Endpoint?
  /// The findings, most severe first.
  package var findings: [DoctorFinding] = []
  /// The verdict.
  package var verdict = Verdict.unknown
  /// One or two sentences: will it connect, what the user will see, what would fix it.
  package var summary = ""
}
