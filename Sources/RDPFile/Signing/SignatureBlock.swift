/// The value of a `signature:s:` line, decoded: a 12-byte header and a DER CMS (PKCS #7)
/// detached `SignedData`, base64-encoded and often cut into pieces separated by spaces.
///
/// The header is three little-endian 32-bit words: `0x00010001`, `0x00000001` and the length of
/// the CMS bytes that follow (the layout rdpsign.exe writes; its format is unpublished and was
/// reconstructed by nfedera/rdpsign).
package struct SignatureBlock: Sendable, Hashable {
  /// The DER-encoded CMS `SignedData` (a `ContentInfo`).
  package let cms: [UInt8]

  /// Wraps CMS bytes made by a signer.
  package init(cms: [UInt8]) {
    self.cms = cms
  }

  /// Decodes the value of a `signature` line.
  package init(value: String) throws(DERError) {
    guard let bytes = Base64.decode(value) else { throw DERError("the signature is not valid base64") }
    guard bytes.count >= 12 else {
      throw DERError("the signature is \(bytes.count) bytes, shorter than its 12-byte header")
    }
    func word(_ offset: Int) -> UInt32 {
      (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
    guard word(0) == 0x0001_0001, word(4) == 0x0000_0001 else {
      throw DERError("the signature header is not the one signing tools write (01 00 01 00 01 00 00 00)")
    }
    guard Int(word(8)) == bytes.count - 12 else {
      throw DERError("the signature header announces \(word(8)) bytes but \(bytes.count - 12) follow")
    }
    cms = Array(bytes[12...])
  }

  /// The text for a `signature:s:` line: header and CMS in base64, in 64-character pieces
  /// separated by two spaces, as rdpsign.exe writes it.
  package var value: String {
    var header: [UInt8] = [0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00]
    let length = UInt32(cms.count)
    header += (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * UInt32($0))) }
    let text = Array(Base64.encode(header + cms).utf8)
    let pieces = stride(from: 0, to: text.count, by: 64).map {
      String(decoding: text[$0..<min($0 + 64, text.count)], as: UTF8.self)
    }
    return pieces.joined(separator: "  ")
  }

  /// The CMS structure: certificates, the signer's identity and the digest algorithm.
  package func signedData() throws(DERError) -> CMSSignedData {
    try CMSSignedData(der: cms)
  }
}
