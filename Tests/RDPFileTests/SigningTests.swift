import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// A signer that returns fixed CMS bytes (a real structure, taken from a corpus file, though it
/// signs other content) and records what it was asked to sign.
final class RecordingSigner: ContentSigner, @unchecked Sendable {
  private(set) var signed: [[UInt8]] = []
  let output: [UInt8]
  let failure: SigningError?

  static let corpusCMS: [UInt8] =
    (try? SignatureInspection(KnownSignatures.document("signed-utf8.rdp")).block?.cms) ?? []

  init(output: [UInt8] = RecordingSigner.corpusCMS, failure: SigningError? = nil) {
    self.output = output
    self.failure = failure
  }

  func sign(_ content: [UInt8]) throws(SigningError) -> [UInt8] {
    if let failure { throw failure }
    signed.append(content)
    return output
  }
}

@Suite("Signatures: content, blocks, inspection, signing")
struct SigningTests {
  static let realSigned = TestPaths.sharedCorpus.appendingPathComponent("119-Desktop.rdp")

  func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

  @Test("base64 round-trips every length and rejects what is not base64")
  func base64() {
    var generator = SeededGenerator(seed: 7)
    for length in 0..<70 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let text = Base64.encode(bytes)
      #expect(text == Data(bytes).base64EncodedString())
      #expect(Base64.decode(text) == bytes)
      #expect(
        Base64.decode(text.enumerated().map { $0.offset % 7 == 6 ? "  \($0.element)" : String($0.element) }.joined())
          == bytes)
    }
    for bad in ["QQ", "Q===", "QQ==QQ==", "Q!==", "QUJD\u{7F}"] { #expect(Base64.decode(bad) == nil, "\(bad)") }
  }

  @Test("a signature block decodes its header and re-encodes as rdpsign writes it")
  func signatureBlock() throws {
    let cms: [UInt8] = (0..<200).map { UInt8($0 & 0xFF) }
    let value = SignatureBlock(cms: cms).value
    #expect(value.hasPrefix("AQABAAEAAADIAAAA"))  // 01 00 01 00  01 00 00 00  c8 00 00 00
    #expect(value.split(separator: " ").allSatisfy { $0.count <= 64 })
    #expect(value.contains("  "))
    #expect(try SignatureBlock(value: value).cms == cms)
    let header = Array(try #require(Base64.decode(value)).prefix(12))
    #expect(header == [1, 0, 1, 0, 1, 0, 0, 0, 200, 0, 0, 0])
    #expect(throws: DERError.self) { try SignatureBlock(value: "not base64!") }
    #expect(throws: DERError.self) { try SignatureBlock(value: Base64.encode([1, 0, 1, 0])) }
    #expect(throws: DERError.self) {
      try SignatureBlock(value: Base64.encode([2, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0x30]))
    }
    #expect(throws: DERError.self) {
      try SignatureBlock(value: Base64.encode([1, 0, 1, 0, 1, 0, 0, 0, 9, 0, 0, 0, 0x30]))
    }
  }

  @Test("the signed content is the scoped lines, trimmed, in scope order, then signscope, CRLF and NUL, in UTF-16LE")
  func signedContent() throws {
    let text =
      "server port:i:3390 \r\nFull Address:s:ts.example.com\r\nusername:s:alice\r\n"
      + "signscope:s:Full Address,Server Port\r\nsignature:s:AAAA\r\n"
    for document in [
      RDPDocument(text: text), RDPDocument(text: text, encoding: .utf16LittleEndian, byteOrderMark: true),
    ] {
      let content = try #require(SignedContent(signedBy: document))
      #expect(content.scopeNames == ["Full Address", "Server Port"])
      #expect(content.missingNames.isEmpty)
      #expect(
        content.bytes
          == utf16(
            "Full Address:s:ts.example.com\r\nserver port:i:3390\r\nsignscope:s:Full Address,Server Port\r\n\u{0}"))
    }
    let missing = try #require(
      SignedContent(signedBy: RDPDocument(text: "full address:s:a\nsignscope:s:Full Address,Server Port\n")))
    #expect(missing.missingNames == ["Server Port"])
    #expect(SignedContent(signedBy: RDPDocument(text: "full address:s:a\n")) == nil)
  }

  @Test(
    "the real RD Web signed file: three certificates, the signer, SHA-1, no signed attributes, seventeen scoped settings",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func realSignedFile() throws {
    let document = RDPDocument(bytes: try TestPaths.bytes(Self.realSigned))
    let inspection = SignatureInspection(document)
    #expect(inspection.isSigned)
    #expect(inspection.problems.isEmpty, "\(inspection.problems)")
    #expect(inspection.isCheckable)
    #expect(inspection.content?.scopeNames.count == 17)
    let data = try #require(inspection.signedData)
    #expect(data.certificates.count == 3)
    #expect(data.digestAlgorithm == "sha1")
    #expect(!data.hasSignedAttributes)
    #expect(data.signerCount == 1)
    let signer = try #require(data.signerCertificate)
    #expect(signer.subject.commonName == "*.rbtaero.com")
    #expect(signer.subject.description == "CN=*.rbtaero.com, O=LLC RBT-Holding, L=Moscow, ST=Moscow, C=RU")
    #expect(signer.issuer.commonName == "GlobalSign RSA OV SSL CA 2018")
    #expect(signer.notAfter.description == "2021-12-20T15:56:24Z")
    #expect(!signer.isSelfIssued)
    #expect(signer.dnsNames == ["*.rbtaero.com", "rbtaero.com"])
    #expect(
      signer.matches(host: "rds.rbtaero.com") && signer.matches(host: "rbtaero.com")
        && !signer.matches(host: "a.b.rbtaero.com"))
    let root = try #require(data.certificates.first { $0.subject.commonName == "GlobalSign" })
    #expect(root.isSelfIssued)
  }

  @Test("inspection: intact, changed, appended after signing, incomplete, damaged, unsigned")
  func inspection() throws {
    for name in KnownSignatures.intactFiles {
      var intact = SignatureInspection(try KnownSignatures.document(name))
      intact.verify(with: KnownSignatures.corpus)
      #expect(intact.isIntact, "\(name): \(intact.problems)")
      #expect(intact.check == .matches)
    }
    var tampered = SignatureInspection(try KnownSignatures.document("tampered-address.rdp"))
    #expect(tampered.problems.isEmpty)
    tampered.verify(with: KnownSignatures.corpus)
    #expect(tampered.problems.map(\.code) == ["content-changed"])
    let appended = SignatureInspection(try KnownSignatures.document("appended-after-signature.rdp"))
    #expect(
      appended.problems == [.unsignedSettings(["loadbalanceinfo"]), .settingsAfterSignature(["loadbalanceinfo"])])

    #expect(
      SignatureInspection(RDPDocument(text: "full address:s:a\nsignature:s:AAAA\n")).problems.first
        == .incompletePair(missing: "signscope"))
    let damaged = SignatureInspection(RDPDocument(text: "full address:s:a\nsignscope:s:Full Address\nsignature:s:!!\n"))
    #expect(damaged.problems.map(\.code) == ["malformed-signature"])
    #expect(!damaged.isCheckable)
    let unsigned = SignatureInspection(RDPDocument(text: "full address:s:a\n"))
    #expect(!unsigned.isSigned && !unsigned.isIntact && unsigned.problems.isEmpty)
  }

  @Test(
    "signscope is read one way: lint, verification and the signature guard agree on blanks, case and empty names"
  )
  func oneScopeReading() throws {
    let base = "full address:s:a\r\nserver port:i:3390\r\n"
    let cases: [(scope: String, missing: [String])] = [
      ("Full Address,Server Port", []),
      (" full address , SERVER PORT ", []),
      ("Full Address,,Server Port", [""]),
      ("Full Address,Server Port,", [""]),
      ("", [""]),
      ("Full Address,Gateway Hostname,", ["Gateway Hostname", ""]),
    ]
    for (scope, missing) in cases {
      let document = RDPDocument(text: base + "signscope:s:\(scope)\r\nsignature:s:AAAA\r\n")
      let content = try #require(SignedContent(signedBy: document))
      #expect(content.missingNames == missing, "\(scope)")
      let inspection = SignatureInspection(document)
      #expect(inspection.problems.contains(.scopedKeyMissing(missing)) == !missing.isEmpty, "\(scope)")
      let findings = Linter(selection: RuleSelection(select: ["RDP502"])).lint(document)
      #expect(findings.count == (missing.isEmpty ? 0 : 1), "\(scope): \(findings.map(\.message))")
      if missing.contains("") {
        #expect(findings.first?.message.contains("an empty name") == true, "\(scope)")
      }
      if missing.contains("Gateway Hostname") {
        #expect(findings.first?.message.hasPrefix("signscope names 'Gateway Hostname'") == true)
      }
      // The guard reads the same keys: changing the port touches the scope exactly when the
      // scope names it.
      var edited = document
      try edited.set(Setting(key: "server port", type: .integer, value: "3391"))
      let verdict = try #require(SignatureGuard(original: document, edited: edited).verdict)
      #expect(verdict.contains("'server port'") == scope.lowercased().contains("server port"), "\(scope)")
    }
  }

  @Test(
    "signing: alternate address added, signable keys in signing order, signature lines last, encoding and line ends kept"
  )
  func signing() throws {
    let body =
      "screen mode id:i:2\r\nserver port:i:3390\r\nfull address:s:ts.example.com\r\nredirectclipboard:i:1\r\nusername:s:alice"
    for encoding in [TextEncoding.utf8, .utf16LittleEndian] {
      let signer = RecordingSigner()
      let original = RDPDocument(text: body, encoding: encoding, byteOrderMark: encoding != .utf8)
      let (signed, changes) = try DocumentSigner(signer: signer).sign(original)
      #expect(signed.encoding == original.encoding)
      let lines = signed.lines.map(\.text)
      #expect(Array(lines.prefix(5)) == body.components(separatedBy: "\r\n"))
      #expect(lines[5] == "alternate full address:s:ts.example.com")
      #expect(lines[6] == "signscope:s:Full Address,Alternate Full Address,Server Port,RedirectClipboard")
      #expect(lines[7] == "signature:s:" + SignatureBlock(cms: signer.output).value)
      #expect(signed.lines.allSatisfy { $0.terminator == .crlf })
      #expect(changes.count == 2)
      // What was signed is exactly what a verifier rebuilds from the result.
      #expect(signer.signed == [try #require(SignedContent(signedBy: signed)).bytes])
      #expect(SignatureInspection(signed).problems.isEmpty)
      // Signing again replaces the old signature and signs the same content.
      let again = try DocumentSigner(signer: signer).sign(signed)
      #expect(again.document == signed)
      #expect(again.changes.first == "replaced the old signature")
    }
  }

  @Test("signing refuses duplicated signable settings, files with nothing to sign, and reports signer failures")
  func signingRefusals() {
    let signer = DocumentSigner(signer: RecordingSigner())
    #expect(throws: SigningError.self) { try signer.sign(RDPDocument(text: "full address:s:a\nfull address:s:b\n")) }
    #expect(throws: SigningError.self) { try signer.sign(RDPDocument(text: "screen mode id:i:2\n")) }
    let failing = DocumentSigner(signer: RecordingSigner(failure: SigningError("no key")))
    #expect(throws: SigningError("no key")) { try failing.sign(RDPDocument(text: "full address:s:a\n")) }
  }

  @Test(
    "the rewrite plan re-signs changed signed files, signs every file when asked, and leaves unsigned files unsigned")
  func planSigning() throws {
    let signer = DocumentSigner(signer: RecordingSigner())
    let signed = try signer.sign(RDPDocument(text: "full address:s:ts.example.com\nauthentication level:i:0\n"))
      .document
    let plan = RewritePlan(workarounds: [.authenticationLevel(2)], signer: signer)
    let outcome = plan.apply(to: signed, resolver: StaticResolver())
    #expect(outcome.status == .changed)
    #expect(outcome.document.lines.map(\.text).contains("authentication level:i:2"))
    #expect(SignatureInspection(outcome.document).problems.isEmpty)
    #expect(outcome.document.lines.suffix(2).map { $0.setting?.key } == ["signscope", "signature"])
    let unsigned = plan.apply(
      to: RDPDocument(text: "full address:s:a\nauthentication level:i:0\n"), resolver: StaticResolver())
    #expect(unsigned.status == .changed && !SignatureGuard.isSigned(unsigned.document))
    let every = RewritePlan(signer: signer, signEveryFile: true).apply(
      to: RDPDocument(text: "full address:s:a\n"), resolver: StaticResolver())
    #expect(every.status == .changed && SignatureInspection(every.document).isIntact)
    // Already signed the same way: nothing to write.
    #expect(
      RewritePlan(signer: signer, signEveryFile: true).apply(to: signed, resolver: StaticResolver()).status
        == .unchanged)
  }
}
