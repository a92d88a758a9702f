/// How a server answered an X.224 Connection Request with an RDP Negotiation Request.
package enum NegotiationOutcome: Sendable, Hashable {
  /// The server selected these protocols (an RDP Negotiation Response).
  case selected(RDPProtocols)
  /// A Connection Confirm without negotiation data: a server too old to negotiate, which
  /// means Standard RDP Security.
  case noNegotiation
  /// The server refused the request.
  case refused(NegotiationFailure)
  /// The server sent an X.224 Disconnect Request instead of a confirm.
  case disconnected
  /// The answer is not an RDP Connection Confirm.
  case malformed(String)

  /// The protocols the connection goes on with, when the server accepted.
  package var protocols: RDPProtocols? {
    switch self {
    case .selected(let protocols): protocols
    case .noNegotiation: .standardRDP
    default: nil
    }
  }
}
