/// The network, as the doctor sees it. The library never opens a socket: the command-line tool
/// passes real sockets with timeouts, tests pass scripted servers.
package protocol ProbeNetwork: Sendable {
  /// The addresses of `host`, best first.
  func resolve(_ host: String) -> Result<[String], ProbeError>
  /// A TCP connection to `address` and `port`, and how long connecting took.
  func connect(to address: String, port: Int) -> Result<ProbeConnected, ProbeError>
}

/// An open TCP connection the doctor talks over. Each step of the conversation (``startStep()``
/// marks its beginning) returns or fails within the network's timeout, however the server
/// spreads its bytes over time.
package protocol ProbeConnection: AnyObject {
  /// Begins one step (a negotiation, a handshake): its sends and receives share one deadline.
  func startStep()
  /// Sends all of `bytes`.
  func send(_ bytes: [UInt8]) throws(ProbeError)
  /// Up to `maximum` bytes as they arrive; empty when the server closed the connection.
  func receive(maximum: Int) throws(ProbeError) -> [UInt8]
  /// Closes the connection.
  func close()
}

extension ProbeConnection {
  /// Connections without deadlines (scripted ones) need not mark steps.
  package func startStep() {}
}

/// A connection that was opened, with the time it took.
package struct ProbeConnected {
  /// The connection.
  package let connection: any ProbeConnection
  /// Milliseconds from the first SYN to the connection being open.
  package let milliseconds: Int

  /// Wraps a connection.
  package init(connection: any ProbeConnection, milliseconds: Int) {
    self.connection = connection
    self.milliseconds = milliseconds
  }
}

/// Why a network step failed.
package enum ProbeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name does not resolve (the resolver's reason).
  case doesNotResolve(String)
  /// Nothing listens on the port (a reset).
  case refused
  /// No answer within the timeout.
  case timedOut
  /// The network or host is unreachable, or another error (the system's reason).
  case failed(String)

  /// A stable name for machine-readable output.
  package var code: String {
    switch self {
    case .doesNotResolve: "does-not-resolve"
    case .refused: "refused"
    case .timedOut: "timed-out"
    case .failed: "failed"
    }
  }

  /// In words.
  package var description: String {
    switch self {
    case .doesNotResolve(let reason): "does not resolve (\(reason))"
    case .refused: "connection refused"
    case .timedOut: "timed out"
    case .failed(let reason): reason
    }
  }
}
