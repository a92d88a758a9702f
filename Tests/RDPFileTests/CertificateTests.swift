import Foundation
import Testing

@testable import RDPFile

@Suite("Certificates and DER")
struct CertificateTests {
  /// The signer certificate of the corpus's really signed files (made by make-signed-corpus.sh).
  func corpusSigner() throws -> Certificate {
    let inspection = SignatureInspection(try KnownSignatures.document("signed-utf8.rdp"))
    return try #require(inspection.signedData?.signerCertificate)
  }

  @Test("object identifiers and hexadecimal are written as OpenSSL writes them")
  func identifiersAndHex() throws {
    func oid(_ bytes: [UInt8]) throws -> String {
      var reader = DERReader(bytes[...])
      return try reader.next().objectIdentifier()
    }
    #expect(try oid([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B]) == "1.2.840.113549.1.1.11")
    #expect(try oid([0x06, 0x03, 0x55, 0x1D, 0x25]) == "2.5.29.37")
    #expect(try oid([0x06, 0x01, 0x00]) == "0.0")
    #expect(try oid([0x06, 0x02, 0x51, 0x7F]) == "2.1.127")
    #expect(throws: DERError.self) { try oid([0x06, 0x02, 0x2A, 0x86]) }
    #expect(hex([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
    #expect(hex([UInt8]()) == "")
    #expect(hex(0x5C) == "5c")
  }

  @Test("subject, issuer, validity, names and host matching of a certificate with alternative names")
  func certificate() throws {
    let certificate = try corpusSigner()
    #expect(certificate.subject.commonName == "rdp-publisher.example.com")
    #expect(certificate.issuer.commonName == "rdpfile Test CA")
    #expect(certificate.dnsNames == ["rdp-publisher.example.com", "*.rdp.example.com"])
    #expect(certificate.ipAddresses == ["192.0.2.1", "2001:db8::1"])
    #expect(certificate.signatureAlgorithm == "sha256WithRSAEncryption")
    #expect(certificate.notAfter.secondsSince1970 - certificate.notBefore.secondsSince1970 == 36500 * 86_400)
    #expect(certificate.isValid(at: CertificateTime(secondsSince1970: certificate.notBefore.secondsSince1970 + 1)))
    #expect(!certificate.isValid(at: CertificateTime(secondsSince1970: certificate.notAfter.secondsSince1970 + 1)))
    #expect(!certificate.isSelfIssued)
    for host in [
      "rdp-publisher.example.com", "RDP-Publisher.Example.com.", "ts.rdp.example.com", "192.0.2.1", "2001:db8:0::1",
      "2001:DB8::0:1",
    ] {
      #expect(certificate.matches(host: host), "\(host)")
    }
    for host in [
      "example.com", "a.b.rdp.example.com", "rdp.example.com", "192.0.2.2", "2001:db8::2", "other.example.com",
    ] {
      #expect(!certificate.matches(host: host), "\(host)")
    }
  }

  @Test("times: UTCTime century window, GeneralizedTime, leap days, formatting")
  func times() throws {
    func time(_ tag: UInt8, _ text: String) throws -> CertificateTime {
      var reader = DERReader(([tag, UInt8(text.utf8.count)] + Array(text.utf8))[...])
      return try CertificateTime(reader.next())
    }
    #expect(try time(DERNode.utcTime, "700101000000Z").secondsSince1970 == 0)
    #expect(try time(DERNode.utcTime, "491231235959Z").description == "2049-12-31T23:59:59Z")
    #expect(try time(DERNode.utcTime, "500101000000Z").description == "1950-01-01T00:00:00Z")
    #expect(try time(DERNode.generalizedTime, "20000229120000Z").description == "2000-02-29T12:00:00Z")
    #expect(try time(DERNode.generalizedTime, "21260101000000Z").secondsSince1970 == 4_922_899_200)
    #expect(throws: DERError.self) { try time(DERNode.utcTime, "7001010000Z") }
    #expect(throws: DERError.self) { try time(DERNode.utcTime, "701301000000Z") }
    #expect(throws: DERError.self) { try time(DERNode.generalizedTime, "20000229120000+0100") }
    #expect(CertificateTime(secondsSince1970: -1).description == "1969-12-31T23:59:59Z")
  }

  @Test("hostile DER never reads out of bounds: truncations, huge lengths, indefinite lengths, every prefix")
  func hostileDER() throws {
    let der = try corpusSigner().der
    for length in stride(from: 0, to: der.count, by: 7) {
      #expect(throws: DERError.self) { try Certificate(der: der.prefix(length)) }
    }
    #expect(throws: DERError.self) { try Certificate(der: [0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]) }
    #expect(throws: DERError.self) { try Certificate(der: [0x30, 0x80, 0x00, 0x00]) }
    #expect(throws: DERError.self) { try Certificate(der: [0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }
    #expect(throws: DERError.self) { try Certificate(der: [0x1F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) }
    #expect(throws: DERError.self) { try Certificate(der: der + [0x00]) }
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<2000 {
      var mutated = der
      for _ in 0..<3 {
        mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      _ = try? Certificate(der: mutated)
      _ = try? CMSSignedData(der: mutated)
    }
  }

  @Test("IP addresses as bytes and back: IPv4, compressed IPv6, embedded IPv4, zones")
  func ipBytes() {
    #expect(IPAddress.bytes(of: "192.0.2.1") == [192, 0, 2, 1])
    #expect(IPAddress.bytes(of: "::1") == [UInt8](repeating: 0, count: 15) + [1])
    #expect(IPAddress.bytes(of: "2001:db8::1") == [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [1])
    #expect(IPAddress.bytes(of: "::ffff:192.0.2.1") == [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF, 192, 0, 2, 1])
    #expect(IPAddress.bytes(of: "fe80::1%eth0") == IPAddress.bytes(of: "fe80::1"))
    #expect(IPAddress.bytes(of: "ts.example.com") == nil)
    #expect(IPAddress.text(bytes: IPAddress.bytes(of: "2001:db8:0:0:1:0:0:1")!) == "2001:db8::1:0:0:1")
    #expect(IPAddress.text(bytes: IPAddress.bytes(of: "2001:db8:1:2:3:4:5:6")!) == "2001:db8:1:2:3:4:5:6")
    #expect(IPAddress.text(bytes: [UInt8](repeating: 0, count: 16)) == "::")
    #expect(IPAddress.text(bytes: [1, 2, 3]) == nil)
  }
}
