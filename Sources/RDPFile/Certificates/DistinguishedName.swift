/// An X.509 name (subject or issuer): its attributes in the order the certificate lists them.
public struct DistinguishedName: Sendable, Hashable, CustomStringConvertible {
  /// One attribute: a short type name where one is known (`CN`, `O`, …), else the dotted OID.
  public struct Attribute: Sendable, Hashable {
    /// `CN`, `O`, `OU`, `C`, … or an object identifier.
    public let type: String
    /// The value as text.
    public let value: String
  }

  /// The attributes, most significant first (as the certificate encodes them).
  public let attributes: [Attribute]
  /// The encoded name, for exact comparison.
  let encoded: [UInt8]

  /// The first common name (`CN`), when there is one.
  public var commonName: String? { attributes.first { $0.type == "CN" }?.value }

  /// The name as `CN=host, O=Example, C=DE` (most specific first, as OpenSSL's RFC 2253 style
  /// prints it), with control characters escaped.
  public var description: String {
    attributes.reversed().map { "\($0.type)=\(TextEscaper.escape($0.value))" }.joined(separator: ", ")
  }

  init(_ node: DERNode) throws(DERError) {
    var attributes: [Attribute] = []
    for relative in try node.children(of: DERNode.sequence, "name") {
      for pair in try relative.children(of: DERNode.set, "name") {
        let parts = try pair.children(of: DERNode.sequence, "name attribute")
        guard parts.count == 2 else { throw DERError("name attribute: expected type and value") }
        let oid = try parts[0].objectIdentifier()
        attributes.append(
          Attribute(
            type: Self.shortNames[oid] ?? oid, value: parts[1].string() ?? "#" + hex(parts[1].content)))
      }
    }
    self.attributes = attributes
    encoded = Array(node.encoded)
  }

  /// Names compare by their encoding, as certificate chains match issuers to subjects.
  public static func == (lhs: DistinguishedName, rhs: DistinguishedName) -> Bool { lhs.encoded == rhs.encoded }
  /// Hashes the encoding.
  public func hash(into hasher: inout Hasher) { hasher.combine(encoded) }

  private static let shortNames: [String: String] = [
    "2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
    "2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
    "2.5.4.42": "GN", "2.5.4.97": "organizationIdentifier", "0.9.2342.19200300.100.1.25": "DC",
    "0.9.2342.19200300.100.1.1": "UID", "1.2.840.113549.1.9.1": "emailAddress",
  ]
}
