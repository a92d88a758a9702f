/// The first packet of an RDP connection: a TPKT-framed X.224 Connection Request carrying an
/// RDP Negotiation Request, and the reading of the server's Connection Confirm.
enum X224 {
  /// The largest confirm accepted; real ones are 11 or 19 bytes.
  static let maximumConfirmLength = 512

  /// The Connection Request asking for `protocols` (no routing token, no cookie: nothing of the
  /// user's goes out).
  static func connectionRequest(_ protocols: RDPProtocols) -> [UInt8] {
    let negotiation: [UInt8] = [0x01, 0x00, 0x08, 0x00] + littleEndian(protocols.rawValue)
    let x224: [UInt8] = [UInt8(6 + negotiation.count), 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00] + negotiation
    let length = 4 + x224.count
    return [0x03, 0x00, UInt8(length >> 8), UInt8(length & 0xFF)] + x224
  }

  /// A server's Connection Confirm selecting `protocols`, as Windows and xrdp send it (the
  /// self-check and the tests play servers with it).
  static func confirm(selecting protocols: RDPProtocols) -> [UInt8] {
    confirm(type: 0x02, flags: 0x01, value: protocols.rawValue)
  }

  /// A server's Connection Confirm refusing with failure `code`.
  static func confirm(refusing code: UInt32) -> [UInt8] {
    confirm(type: 0x03, flags: 0x00, value: code)
  }

  private static func confirm(type: UInt8, flags: UInt8, value: UInt32) -> [UInt8] {
    [0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, type, flags, 0x08, 0x00] + littleEndian(value)
  }

  /// What the first bytes of an answer say about its length.
  enum Frame: Equatable {
    /// Fewer than four bytes so far.
    case needMore
    /// The whole packet is this long.
    case length(Int)
    /// The header is not TPKT, or claims an impossible length.
    case invalid(NegotiationOutcome)
  }

  /// How long the packet that starts with `prefix` is.
  static func frame(_ prefix: [UInt8]) -> Frame {
    guard prefix.count >= 4 else { return .needMore }
    guard prefix[0] == 0x03, prefix[1] == 0x00 else {
      return .invalid(.malformed("the answer does not start like an RDP packet (\(TLSReader.describe(prefix)))"))
    }
    let length = Int(prefix[2]) << 8 | Int(prefix[3])
    guard length >= 11, length <= maximumConfirmLength else {
      return .invalid(.malformed("the answer claims a length of \(length) bytes"))
    }
    return .length(length)
  }

  /// Reads a complete Connection Confirm.
  static func outcome(of packet: [UInt8]) -> NegotiationOutcome {
    guard packet.count >= 11 else { return .malformed("the answer is cut short (\(packet.count) bytes)") }
    let indicator = Int(packet[4])
    guard indicator + 5 == packet.count else {
      return .malformed("the X.224 length indicator (\(indicator)) does not match the packet length (\(packet.count))")
    }
    switch packet[5] & 0xF0 {
    case 0xD0: break
    case 0x80: return .disconnected
    default: return .malformed("X.224 code 0x\(String(packet[5], radix: 16)) is not a Connection Confirm")
    }
    guard packet.count > 11 else { return .noNegotiation }
    guard packet.count == 19 else { return .malformed("negotiation data of \(packet.count - 11) bytes, not 8") }
    guard packet[13] == 0x08, packet[14] == 0x00 else {
      return .malformed("negotiation data claims a length other than 8")
    }
    let value = UInt32(packet[15]) | UInt32(packet[16]) << 8 | UInt32(packet[17]) << 16 | UInt32(packet[18]) << 24
    switch packet[11] {
    case 0x02: return .selected(RDPProtocols(rawValue: value))
    case 0x03: return .refused(NegotiationFailure(code: value))
    default: return .malformed("negotiation message type \(packet[11]) is neither a response nor a failure")
    }
  }

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
  }
}
