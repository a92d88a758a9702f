/// Follows a server's answer to a ClientHello, record by record, as bytes arrive, until its
/// certificate chain (or the sign that there is none to read). Every length is checked against
/// fixed limits, so a hostile server can only produce a ``TLSOutcome/malformed(_:)`` outcome.
struct TLSReader {
  /// The most the reader accepts before giving up (a certificate chain is a few kilobytes).
  static let byteLimit = 256 * 1024

  private var buffer: [UInt8] = []
  private var handshake: [UInt8] = []
  private var received = 0
  private var version: UInt16 = 0
  private var cipherSuite: UInt16 = 0
  private var sawServerHello = false

  /// Takes more bytes; returns the outcome once it is known.
  mutating func feed(_ bytes: [UInt8]) -> TLSOutcome? {
    received += bytes.count
    guard received <= Self.byteLimit else {
      return .malformed("more than \(Self.byteLimit) bytes without a certificate")
    }
    buffer += bytes
    while buffer.count >= 5 {
      let type = buffer[0]
      let length = Int(buffer[3]) << 8 | Int(buffer[4])
      guard buffer[1] == 0x03 else { return .malformed("not a TLS record (\(Self.describe(buffer)))") }
      guard length <= 18_432 else { return .malformed("a TLS record claims \(length) bytes") }
      guard buffer.count >= 5 + length else { return nil }
      let body = Array(buffer[5..<(5 + length)])
      buffer.removeFirst(5 + length)
      switch type {
      case 21:
        guard body.count >= 2 else { return .malformed("a TLS alert is cut short") }
        return .alert(level: body[0], description: body[1])
      case 22:
        handshake += body
        if let outcome = readHandshake() { return outcome }
      case 20, 23:
        return sawServerHello && version == 0x0304 ? .tls13 : .malformed("encrypted TLS data before the certificate")
      default:
        return .malformed("TLS record type \(type)")
      }
    }
    return nil
  }

  /// What a connection that ended after the bytes seen so far tells.
  func ended() -> TLSOutcome {
    .malformed(
      received == 0
        ? "the server closed the connection without answering" : "the server closed the connection mid-handshake")
  }

  private mutating func readHandshake() -> TLSOutcome? {
    while handshake.count >= 4 {
      let type = handshake[0]
      let length = Int(handshake[1]) << 16 | Int(handshake[2]) << 8 | Int(handshake[3])
      guard length <= Self.byteLimit else { return .malformed("a handshake message claims \(length) bytes") }
      guard handshake.count >= 4 + length else { return nil }
      let body = Array(handshake[4..<(4 + length)])
      handshake.removeFirst(4 + length)
      switch type {
      case 2:
        if let problem = readServerHello(body) { return problem }
        if version == 0x0304 { return .tls13 }
      case 11:
        guard sawServerHello else { return .malformed("a certificate before the server hello") }
        return readCertificates(body)
      case 14:
        return .noCertificate
      default:
        continue
      }
    }
    return nil
  }

  private mutating func readServerHello(_ body: [UInt8]) -> TLSOutcome? {
    guard body.count >= 38 else { return .malformed("the server hello is cut short") }
    version = UInt16(body[0]) << 8 | UInt16(body[1])
    let sessionLength = Int(body[34])
    guard sessionLength <= 32, body.count >= 35 + sessionLength + 3 else {
      return .malformed("the server hello is malformed")
    }
    var index = 35 + sessionLength
    cipherSuite = UInt16(body[index]) << 8 | UInt16(body[index + 1])
    index += 3
    sawServerHello = true
    // TLS 1.3 announces itself in the supported_versions extension.
    guard body.count >= index + 2 else { return nil }
    let end = min(body.count, index + 2 + (Int(body[index]) << 8 | Int(body[index + 1])))
    index += 2
    while index + 4 <= end {
      let type = UInt16(body[index]) << 8 | UInt16(body[index + 1])
      let length = Int(body[index + 2]) << 8 | Int(body[index + 3])
      index += 4
      guard index + length <= end else { return .malformed("a server hello extension is cut short") }
      if type == 0x002B, length == 2 { version = UInt16(body[index]) << 8 | UInt16(body[index + 1]) }
      index += length
    }
    return nil
  }

  private func readCertificates(_ body: [UInt8]) -> TLSOutcome {
    guard body.count >= 3 else { return .malformed("the certificate message is cut short") }
    let total = Int(body[0]) << 16 | Int(body[1]) << 8 | Int(body[2])
    guard total + 3 == body.count else { return .malformed("the certificate list length does not match its message") }
    var index = 3
    var chain: [Certificate] = []
    while index + 3 <= body.count {
      let length = Int(body[index]) << 16 | Int(body[index + 1]) << 8 | Int(body[index + 2])
      index += 3
      guard index + length <= body.count else { return .malformed("a certificate is cut short") }
      do throws(DERError) {
        chain.append(try Certificate(der: body[index..<(index + length)]))
      } catch {
        return .malformed("the server's certificate cannot be read: \(error)")
      }
      index += length
    }
    guard !chain.isEmpty else { return .noCertificate }
    return .certificates(chain, version: version, cipherSuite: cipherSuite)
  }

  /// The first bytes in hex, for messages about garbage.
  static func describe(_ bytes: [UInt8]) -> String {
    bytes.prefix(8).map(hex).joined(separator: " ") + (bytes.count > 8 ? " …" : "")
  }
}
