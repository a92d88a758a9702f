@testable import RDPFile

/// A network of scripted servers for the doctor's library tests: each address answers the
/// X.224 request and the ClientHello with bytes a test chose, or fails as told.
struct ScriptedNetwork: ProbeNetwork {
  /// How one scripted server behaves.
  struct Server: Sendable {
    /// The answer to a Connection Request for the given protocols, as chunks.
    var negotiation: @Sendable (RDPProtocols) -> [[UInt8]]
    /// The answer to a ClientHello, as chunks (an empty list closes the connection).
    var tls: [[UInt8]] = []
    /// Fails every receive with a timeout instead of answering.
    var silent = false
  }

  var names: [String: Result<[String], ProbeError>] = [:]
  var servers: [String: Server] = [:]
  var refusing: [String: ProbeError] = [:]

  func resolve(_ host: String) -> Result<[String], ProbeError> {
    names[host] ?? .failure(.doesNotResolve("Name or service not known"))
  }

  func connect(to address: String, port: Int) -> Result<ProbeConnected, ProbeError> {
    if let error = refusing["\(address):\(port)"] { return .failure(error) }
    guard let server = servers["\(address):\(port)"] else { return .failure(.refused) }
    return .success(ProbeConnected(connection: ScriptedConnection(server), milliseconds: 1))
  }

  /// A Connection Confirm selecting `protocols`.
  static func selecting(_ protocols: RDPProtocols) -> [UInt8] { X224.confirm(selecting: protocols) }

  /// A Connection Confirm refusing with `code`.
  static func failing(_ code: UInt32) -> [UInt8] { X224.confirm(refusing: code) }

  /// A ServerHello (TLS 1.2, or 1.3 through supported_versions) and, for 1.2, a Certificate
  /// message with `chain`, then ServerHelloDone.
  static func tlsAnswer(chain: [[UInt8]], tls13: Bool = false, version: UInt16 = 0x0303) -> [UInt8] {
    var hello: [UInt8] =
      [UInt8(version >> 8), UInt8(version & 0xFF)] + [UInt8](repeating: 7, count: 32) + [0x00, 0xC0, 0x2F, 0x00]
    let extensions: [UInt8] = tls13 ? [0x00, 0x2B, 0x00, 0x02, 0x03, 0x04] : []
    hello += [UInt8(extensions.count >> 8), UInt8(extensions.count & 0xFF)] + extensions
    var handshake = message(2, hello)
    if !tls13 {
      let list = chain.flatMap { u24($0.count) + $0 }
      handshake += message(11, u24(list.count) + list) + message(14, [])
    }
    return [0x16, 0x03, 0x03, UInt8(handshake.count >> 8), UInt8(handshake.count & 0xFF)] + handshake
  }

  static func message(_ type: UInt8, _ body: [UInt8]) -> [UInt8] { [type] + u24(body.count) + body }
  static func u24(_ value: Int) -> [UInt8] {
    [UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }
}

/// One connection to a scripted server.
final class ScriptedConnection: ProbeConnection {
  private let server: ScriptedNetwork.Server
  private var pending: [[UInt8]] = []

  init(_ server: ScriptedNetwork.Server) {
    self.server = server
  }

  func send(_ bytes: [UInt8]) throws(ProbeError) {
    if bytes.first == 0x03 {
      // A Connection Request: the requested protocols sit in its last four bytes.
      let value = bytes.suffix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
      pending = server.negotiation(RDPProtocols(rawValue: value))
    } else {
      pending = server.tls
    }
  }

  func receive(maximum: Int) throws(ProbeError) -> [UInt8] {
    if server.silent { throw .timedOut }
    guard !pending.isEmpty else { return [] }
    var chunk = pending.removeFirst()
    if chunk.count > maximum {
      pending.insert(Array(chunk[maximum...]), at: 0)
      chunk = Array(chunk[..<maximum])
    }
    return chunk
  }

  func close() {}
}
