/// The security protocols of an RDP negotiation request or response ([MS-RDPBCGR] 2.2.1.1.1):
/// no bit means Standard RDP Security (the legacy RC4 layer with no server authentication).
package struct RDPProtocols: OptionSet, Sendable, Hashable, CustomStringConvertible {
  /// The bit field as it travels.
  package let rawValue: UInt32

  /// Protocols from their bit field.
  package init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// TLS (`PROTOCOL_SSL`).
  package static let tls = RDPProtocols(rawValue: 0x1)
  /// CredSSP, that is Network Level Authentication (`PROTOCOL_HYBRID`).
  package static let credSSP = RDPProtocols(rawValue: 0x2)
  /// RDSTLS (`PROTOCOL_RDSTLS`), used for redirected connections.
  package static let rdsTLS = RDPProtocols(rawValue: 0x4)
  /// CredSSP with the Early User Authorization Result PDU (`PROTOCOL_HYBRID_EX`).
  package static let credSSPEx = RDPProtocols(rawValue: 0x8)

  /// Standard RDP Security only.
  package static let standardRDP: RDPProtocols = []

  /// Each known bit with its name in words and in machine-readable output.
  private static let names: [(bit: RDPProtocols, words: String, code: String)] = [
    (.tls, "TLS", "tls"), (.credSSP, "CredSSP (NLA)", "credssp"), (.rdsTLS, "RDSTLS", "rdstls"),
    (.credSSPEx, "CredSSP with early authorization", "credssp-ex"),
  ]

  private func joined(_ pick: ((bit: RDPProtocols, words: String, code: String)) -> String, separator: String) -> String
  {
    var parts = Self.names.filter { contains($0.bit) }.map(pick)
    let rest = rawValue & ~0xF
    if rest != 0 { parts.append("0x\(String(rest, radix: 16))") }
    return parts.joined(separator: separator)
  }

  /// `standard RDP security`, `TLS`, `CredSSP (NLA)`, … joined with `+`.
  package var description: String { isEmpty ? "standard RDP security" : joined(\.words, separator: " + ") }

  /// A stable name for machine-readable output (`rdp`, `tls`, `credssp`, `tls+credssp`, …).
  package var code: String { isEmpty ? "rdp" : joined(\.code, separator: "+") }

  /// Whether TLS carries the connection (TLS alone, or under CredSSP).
  package var usesTLS: Bool { !isDisjoint(with: [.tls, .credSSP, .credSSPEx, .rdsTLS]) }

  /// What a client requests for a file: TLS and CredSSP when `enablecredsspsupport` is on
  /// (as Windows' client does), TLS alone when it is off.
  package static func requested(by connection: Connection) -> RDPProtocols {
    connection.credSSP ? [.tls, .credSSP, .credSSPEx] : [.tls]
  }
}
