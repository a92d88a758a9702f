/// A TLS 1.2 ClientHello: just enough for a server to answer with its certificate, which TLS
/// 1.2 sends in clear text before any key is agreed. The doctor never continues the handshake.
enum TLSClientHello {
  /// The cipher suites offered: the ECDHE, DHE and RSA suites with AES-GCM, ChaCha20 and AES-CBC
  /// that RDP servers (Windows' SChannel, xrdp's OpenSSL) accept.
  static let cipherSuites: [UInt16] = [
    0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC009, 0xC013, 0xC00A, 0xC014, 0x009E, 0x009F, 0x0033, 0x0039,
    0x009C, 0x009D, 0x002F, 0x0035, 0x003C, 0x003D, 0x000A,
  ]

  /// The record carrying the ClientHello. `serverName` goes into the SNI extension when it is a
  /// host name (not an IP address); `random` is the client random.
  static func record(serverName: String?, random: [UInt8]) -> [UInt8] {
    var extensions: [UInt8] = []
    func add(_ type: UInt16, _ body: [UInt8]) {
      extensions += u16(type) + u16(UInt16(body.count)) + body
    }
    if let serverName, IPAddress.bytes(of: serverName) == nil, !serverName.isEmpty {
      let name = Array(serverName.utf8.prefix(255))
      add(0x0000, u16(UInt16(name.count + 3)) + [0x00] + u16(UInt16(name.count)) + name)
    }
    add(0x000A, u16(6) + u16(0x001D) + u16(0x0017) + u16(0x0018))  // groups: x25519, P-256, P-384
    add(0x000B, [0x01, 0x00])  // point formats: uncompressed
    let signatures: [UInt16] = [0x0804, 0x0403, 0x0401, 0x0805, 0x0503, 0x0501, 0x0806, 0x0603, 0x0601, 0x0203, 0x0201]
    add(0x000D, u16(UInt16(signatures.count * 2)) + signatures.flatMap(u16))
    add(0x0017, [])  // extended master secret
    add(0xFF01, [0x00])  // renegotiation info
    var hello: [UInt8] = u16(0x0303) + random + [0x00]
    hello += u16(UInt16(cipherSuites.count * 2)) + cipherSuites.flatMap(u16)
    hello += [0x01, 0x00]
    hello += u16(UInt16(extensions.count)) + extensions
    let handshake: [UInt8] = [0x01] + u24(hello.count) + hello
    return [0x16, 0x03, 0x01] + u16(UInt16(handshake.count)) + handshake
  }

  static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
  static func u24(_ value: Int) -> [UInt8] {
    [UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }
}
