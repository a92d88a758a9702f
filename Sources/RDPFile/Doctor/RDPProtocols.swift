/// The security protocols of an RDP negotiation request or response ([MS-RDPBCGR] 2.2.1.1.1):
/// no bit means Standard RDP Security (the legacy RC4 layer with no server authentication).
public struct RDPProtocols: OptionSet, Sendable, Hashable, CustomStringConvertible {
  /// The bit field as it travels.
  public let rawValue: UInt32

  /// Protocols from their bit field.
  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// TLS (`PROTOCOL_SSL`).
  public static let tls = RDPProtocols(rawValue: 0x1)
  /// CredSSP, that is Network Level Authentication (`PROTOCOL_HYBRID`).
  public static let credSSP = RDPProtocols(rawValue: 0x2)
  /// RDSTLS (`PROTOCOL_RDSTLS`), used for redirected connections.
  public static let rdsTLS = RDPProtocols(rawValue: 0x4)
  /// CredSSP with the Early User Authorization Result PDU (`PROTOCOL_HYBRID_EX`).
  public static let credSSPEx = RDPProtocols(rawValue: 0x8)

  /// Standard RDP Security only.
  public static let standardRDP: RDPProtocols = []

  /// `standard RDP security`, `TLS`, `CredSSP (NLA)`, … joined with `+`.
  public var description: String {
    if isEmpty { return "standard RDP security" }
    var names: [String] = []
    if contains(.tls) { names.append("TLS") }
    if contains(.credSSP) { names.append("CredSSP (NLA)") }
    if contains(.rdsTLS) { names.append("RDSTLS") }
    if contains(.credSSPEx) { names.append("CredSSP with early authorization") }
    let rest = rawValue & ~0xF
    if rest != 0 { names.append("unknown 0x\(String(rest, radix: 16))") }
    return names.joined(separator: " + ")
  }

  /// A stable name for machine-readable output (`rdp`, `tls`, `credssp`, `tls+credssp`, …).
  public var code: String {
    if isEmpty { return "rdp" }
    var names: [String] = []
    if contains(.tls) { names.append("tls") }
    if contains(.credSSP) { names.append("credssp") }
    if contains(.rdsTLS) { names.append("rdstls") }
    if contains(.credSSPEx) { names.append("credssp-ex") }
    if rawValue & ~0xF != 0 { names.append("0x\(String(rawValue, radix: 16))") }
    return names.joined(separator: "+")
  }

  /// Whether TLS carries the connection (TLS alone, or under CredSSP).
  public var usesTLS: Bool { !isDisjoint(with: [.tls, .credSSP, .credSSPEx, .rdsTLS]) }

  /// What a client requests for a file: TLS and CredSSP when `enablecredsspsupport` is on
  /// (as Windows' client does), TLS alone when it is off.
  public static func requested(by connection: Connection) -> RDPProtocols {
    connection.credSSP ? [.tls, .credSSP, .credSSPEx] : [.tls]
  }
}
