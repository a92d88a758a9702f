/// The parts of a CMS `SignedData` (RFC 5652) a signature report needs. Only read, never
/// verified here: OpenSSL checks the signature itself.
package struct CMSSignedData: Sendable, Hashable {
  /// The certificates the signer included, in order.
  package let certificates: [Certificate]
  /// The digest algorithm of the first signer (`sha256`, `sha1`, … or an OID).
  package let digestAlgorithm: String
  /// Whether the first signer signed attributes rather than the content directly (rdpsign.exe
  /// signs without attributes).
  package let hasSignedAttributes: Bool
  /// How many signers there are.
  package let signerCount: Int
  private let signerIssuer: DistinguishedName?
  private let signerSerial: String?

  /// Reads a DER `ContentInfo` holding `SignedData`.
  package init(der: [UInt8]) throws(DERError) {
    var outer = DERReader(der[...])
    var info = DERReader(try outer.next(DERNode.sequence, "CMS content info").content)
    guard try info.next().objectIdentifier() == "1.2.840.113549.1.7.2" else {
      throw DERError("the CMS structure is not SignedData")
    }
    let explicit = try info.next(DERNode.context(0, constructed: true), "CMS content")
    var wrapped = DERReader(explicit.content)
    var signed = DERReader(try wrapped.next(DERNode.sequence, "SignedData").content)
    _ = try signed.next(DERNode.integer, "SignedData version")
    _ = try signed.next(DERNode.set, "digest algorithms")
    _ = try signed.next(DERNode.sequence, "encapsulated content")
    var certificates: [Certificate] = []
    if let set = try signed.optional(DERNode.context(0, constructed: true)) {
      for node in try set.children() where node.identifier == DERNode.sequence {
        certificates.append(try Certificate(der: node.encoded))
      }
    }
    _ = try signed.optional(DERNode.context(1, constructed: true))
    let signers = try signed.next(DERNode.set, "signer infos").children()
    signerCount = signers.count
    self.certificates = certificates
    guard let first = signers.first else {
      throw DERError("the CMS structure has no signer")
    }
    guard first.identifier == DERNode.sequence else { throw DERError("signer info: expected a sequence") }
    var signer = DERReader(first.content)
    _ = try signer.next(DERNode.integer, "signer version")
    let identifier = try signer.next()
    if identifier.identifier == DERNode.sequence {
      var parts = DERReader(identifier.content)
      signerIssuer = try DistinguishedName(parts.next())
      signerSerial = hex(try parts.next(DERNode.integer, "signer serial number").content)
    } else {
      signerIssuer = nil
      signerSerial = nil
    }
    var algorithm = DERReader(try signer.next(DERNode.sequence, "digest algorithm").content)
    let oid = try algorithm.next().objectIdentifier()
    digestAlgorithm = Self.digestNames[oid] ?? oid
    hasSignedAttributes = try signer.optional(DERNode.context(0, constructed: true)) != nil
  }

  /// The certificate of the first signer, found by issuer and serial number among the included
  /// certificates.
  package var signerCertificate: Certificate? {
    guard let signerIssuer, let signerSerial else { return nil }
    return certificates.first { $0.issuer == signerIssuer && $0.serialNumber == signerSerial }
  }

  private static let digestNames: [String: String] = [
    "1.3.14.3.2.26": "sha1", "2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512", "1.2.840.113549.2.5": "md5",
  ]
}
