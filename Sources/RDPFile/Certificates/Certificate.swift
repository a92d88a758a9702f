/// An X.509 certificate read from DER: the parts a connection check or a signature report shows.
///
/// Reading is bounded and defensive: a malformed structure is an error, never a crash.
/// Nothing here checks signatures; that is left to OpenSSL (signing) or to the client.
public struct Certificate: Sendable, Hashable {
  /// The certificate as it was received.
  public let der: [UInt8]
  /// The serial number in lower-case hex.
  public let serialNumber: String
  /// Who the certificate names.
  public let subject: DistinguishedName
  /// Who issued it.
  public let issuer: DistinguishedName
  /// Not valid before this moment.
  public let notBefore: CertificateTime
  /// Not valid after this moment.
  public let notAfter: CertificateTime
  /// DNS names of the subject alternative name extension.
  public let dnsNames: [String]
  /// IP addresses of the subject alternative name extension, as text.
  public let ipAddresses: [String]
  /// The signature algorithm (a name where known, else the OID).
  public let signatureAlgorithm: String
  /// The purposes of the extended key usage extension, as OIDs; empty when it is absent.
  public let extendedKeyUsages: [String]

  /// Reads a DER-encoded certificate.
  package init(der bytes: some Collection<UInt8>) throws(DERError) {
    der = Array(bytes)
    var outer = DERReader(der[...])
    let certificate = try outer.next(DERNode.sequence, "certificate")
    guard outer.isAtEnd else { throw DERError("certificate: bytes after the end") }
    var parts = DERReader(certificate.content)
    let tbs = try parts.next(DERNode.sequence, "certificate body")
    let algorithm = try parts.next(DERNode.sequence, "signature algorithm")
    var fields = DERReader(tbs.content)
    _ = try fields.optional(DERNode.context(0, constructed: true))  // version
    serialNumber = hex(try fields.next(DERNode.integer, "serial number").content)
    _ = try fields.next(DERNode.sequence, "signature algorithm")
    issuer = try DistinguishedName(fields.next())
    let validity = try fields.next(DERNode.sequence, "validity").children()
    guard validity.count == 2 else { throw DERError("validity: expected two times") }
    notBefore = try CertificateTime(validity[0])
    notAfter = try CertificateTime(validity[1])
    subject = try DistinguishedName(fields.next())
    _ = try fields.next(DERNode.sequence, "public key")
    _ = try fields.optional(DERNode.context(1, constructed: false))
    _ = try fields.optional(DERNode.context(2, constructed: false))
    var dnsNames: [String] = []
    var ipAddresses: [String] = []
    var usages: [String] = []
    if let extensions = try fields.optional(DERNode.context(3, constructed: true)) {
      for item in try extensions.children().first?.children(of: DERNode.sequence, "extensions") ?? [] {
        guard item.identifier == DERNode.sequence else { throw DERError("extension: expected a sequence") }
        var reader = DERReader(item.content)
        let identifier = try reader.next().objectIdentifier()
        if identifier == "2.5.29.37" {
          _ = try reader.optional(DERNode.boolean)
          var value = DERReader(try reader.next(DERNode.octetString, "extended key usage").content)
          for purpose in try value.next(DERNode.sequence, "extended key usage").children() {
            usages.append(try purpose.objectIdentifier())
          }
          continue
        }
        guard identifier == "2.5.29.17" else { continue }
        _ = try reader.optional(DERNode.boolean)
        var names = DERReader(try reader.next(DERNode.octetString, "subject alternative name").content)
        for name in try names.next(DERNode.sequence, "subject alternative name").children() {
          switch name.identifier {
          case DERNode.context(2, constructed: false): dnsNames.append(String(decoding: name.content, as: UTF8.self))
          case DERNode.context(7, constructed: false):
            if let text = IPAddress.text(bytes: Array(name.content)) { ipAddresses.append(text) }
          default: continue
          }
        }
      }
    }
    self.dnsNames = dnsNames
    self.ipAddresses = ipAddresses
    extendedKeyUsages = usages
    var algorithmFields = DERReader(algorithm.content)
    let oid = try algorithmFields.next().objectIdentifier()
    signatureAlgorithm = Self.algorithmNames[oid] ?? oid
  }

  /// Whether issuer and subject are the same name: a self-signed (or at least self-issued)
  /// certificate, which no client trusts unless it was installed by hand.
  public var isSelfIssued: Bool { issuer == subject }

  /// Whether the certificate is meant for TLS servers (its extended key usage names server
  /// authentication): a certificate bought for a web or RDP server, not for publishing files.
  public var isServerCertificate: Bool { extendedKeyUsages.contains("1.3.6.1.5.5.7.3.1") }

  /// The names the certificate is for: its DNS names, or its common name without them.
  public var hostNames: [String] { dnsNames.isEmpty ? [subject.commonName].compactMap { $0 } : dnsNames }

  /// Whether `time` lies within the validity period.
  public func isValid(at time: CertificateTime) -> Bool {
    notBefore <= time && time <= notAfter
  }

  /// Whether the certificate names `host` the way TLS clients check it: the subject alternative
  /// names when there are any (DNS names with a `*.` wildcard for one label, IP addresses
  /// compared as addresses), else the common name.
  public func matches(host: String) -> Bool {
    var name = PlainText.asciiLowercased(host)
    if name.hasSuffix(".") { name.removeLast() }
    if let wanted = IPAddress.bytes(of: name) {
      let listed = ipAddresses.isEmpty && dnsNames.isEmpty ? [subject.commonName ?? ""] : ipAddresses
      return listed.contains { IPAddress.bytes(of: $0) == wanted }
    }
    let patterns = dnsNames.isEmpty ? [subject.commonName].compactMap { $0 } : dnsNames
    return patterns.contains { Self.pattern($0, matches: name) }
  }

  private static func pattern(_ pattern: String, matches host: String) -> Bool {
    var pattern = PlainText.asciiLowercased(pattern)
    if pattern.hasSuffix(".") { pattern.removeLast() }
    guard pattern.hasPrefix("*.") else { return pattern == host }
    let suffix = pattern.dropFirst(1)
    guard host.hasSuffix(suffix) else { return false }
    let label = host.dropLast(suffix.count)
    return !label.isEmpty && !label.contains(".")
  }

  private static let algorithmNames: [String: String] = [
    "1.2.840.113549.1.1.5": "sha1WithRSAEncryption", "1.2.840.113549.1.1.11": "sha256WithRSAEncryption",
    "1.2.840.113549.1.1.12": "sha384WithRSAEncryption", "1.2.840.113549.1.1.13": "sha512WithRSAEncryption",
    "1.2.840.113549.1.1.10": "rsassaPss", "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
    "1.2.840.10045.4.3.3": "ecdsa-with-SHA384", "1.2.840.10045.4.3.4": "ecdsa-with-SHA512", "1.3.101.112": "Ed25519",
  ]
}
