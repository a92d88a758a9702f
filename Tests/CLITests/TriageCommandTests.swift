import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// `rdpfile triage` on the triage set of `Corpus/` (campaign-style and benign files of the
/// organisation contoso.example), on the real-world corpus, and at its edges, with the real
/// `openssl` checking signatures and computing thumbprints.
@Suite("rdpfile triage")
struct TriageCommandTests {
  static let folder = TestPaths.corpus.appendingPathComponent("triage")
  static let organisation = [
    "--allow-domain", "contoso.example", "--trust-ca", folder.appendingPathComponent("contoso-ca.pem").path,
  ]

  /// What the triage of one corpus file must say.
  struct Expected {
    var risk: String
    var rules: Set<String>
    /// `resource:f` (from the file) or `resource:d` (documented default), in the dialog's order.
    var exposure: [String]
    var signed = false
    var trusted = false
    var selfSigned = false
    var hosts: [String] = []
    var ips: [String] = []
  }

  static let expected: [String: Expected] = [
    "alternate-differs.rdp": Expected(
      risk: "high", rules: ["RDP209", "RDP801"], exposure: ["clipboard:d", "printers:d"],
      hosts: ["ts01.contoso.example"], ips: ["198.51.100.77"]),
    "alternate-shell.rdp": Expected(
      risk: "high", rules: ["RDP806"],
      exposure: ["clipboard:d", "printers:d", "smartcards:d", "webauthn:d", "ports:d", "devices:d", "usb:d"],
      hosts: ["ts01.contoso.example"]),
    "benign-mstsc-default.rdp": Expected(
      risk: "low", rules: [],
      exposure: ["clipboard:f", "printers:f", "smartcards:f", "webauthn:f", "devices:d", "usb:d"],
      hosts: ["ts01.contoso.example"]),
    "benign-remoteapp-signed.rdp": Expected(
      risk: "low", rules: ["RDP807"], exposure: ["clipboard:f", "printers:f"], signed: true, trusted: true,
      hosts: ["rdweb.contoso.example", "gw.contoso.example"]),
    "benign-script-private.rdp": Expected(
      risk: "low", rules: [], exposure: ["drives:d", "smartcards:d", "webauthn:d", "ports:d", "devices:d", "usb:d"],
      ips: ["10.20.30.40"]),
    "campaign-signed.rdp": Expected(
      risk: "high",
      rules: ["RDP101", "RDP509", "RDP802", "RDP803", "RDP804", "RDP805", "RDP807", "RDP811", "RDP812", "RDP813"],
      exposure: [
        "drives:f", "clipboard:f", "printers:f", "microphone:f", "smartcards:f", "webauthn:f", "ports:f", "location:f",
        "cameras:f", "devices:f", "usb:f",
      ], signed: true, selfSigned: true, hosts: ["rdp.contoso-support.example"]),
    "duplicate-key-evasion.rdp": Expected(
      risk: "high", rules: ["RDP605", "RDP801"],
      exposure: ["clipboard:d", "printers:d", "ports:d", "devices:d", "usb:d"], ips: ["203.0.113.99"]),
    "gateway-lookalike-sso.rdp": Expected(
      risk: "high", rules: ["RDP802", "RDP803", "RDP809"],
      exposure: ["clipboard:d", "printers:d", "smartcards:d", "webauthn:d", "ports:d", "devices:d", "usb:d"],
      hosts: ["ts01.contoso.example", "gw.contoso.examp1e"]),
    "lookalike-host-utf16.rdp": Expected(
      risk: "high", rules: ["RDP802", "RDP803"], exposure: ["clipboard:d", "printers:d"],
      hosts: ["rdp.\u{0441}\u{043E}ntoso.example", "rdp.xn--ntoso-iyeu.example"]),
    "public-ip-drives.rdp": Expected(
      risk: "high", rules: ["RDP801", "RDP804", "RDP810"],
      exposure: ["drives:f", "clipboard:f", "printers:d", "ports:d", "devices:d", "usb:d"], ips: ["203.0.113.45"]),
    "public-ip-plain.rdp": Expected(
      risk: "medium", rules: ["RDP801"], exposure: ["clipboard:d"], ips: ["198.51.100.23"]),
    "publisher-imitation.rdp": Expected(
      risk: "high", rules: ["RDP509", "RDP811", "RDP813"],
      exposure: ["clipboard:d", "printers:d", "smartcards:f", "webauthn:d", "ports:d", "devices:d", "usb:d"],
      signed: true, selfSigned: true, hosts: ["ts02.contoso.example"]),
    "slash-drive.rdp": Expected(
      risk: "high", rules: ["RDP705"],
      exposure: ["clipboard:d", "printers:d", "smartcards:d", "webauthn:d", "ports:d", "devices:d", "usb:d"],
      hosts: ["ts01.contoso.example"]),
  ]

  static func json(_ output: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
  }

  /// The SHA-256 fingerprints OpenSSL itself gives the certificates in a file's signature,
  /// lower-case hex without colons.
  static func opensslFingerprints(of path: String) throws -> Set<String> {
    let document = RDPDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    let block = try #require(SignatureInspection(document).block)
    let work = try TemporaryFolder()
    try work.write("sig.der", block.cms)
    let certificates = try OpenSSLTestTool.run(
      ["pkcs7", "-inform", "DER", "-in", "sig.der", "-print_certs"], in: work.path)
    let pem = String(decoding: certificates.output, as: UTF8.self)
    var result = Set<String>()
    for block in pem.components(separatedBy: "-----END CERTIFICATE-----").dropLast() {
      let text = block[block.range(of: "-----BEGIN CERTIFICATE-----")!.lowerBound...] + "-----END CERTIFICATE-----\n"
      let fingerprint = try OpenSSLTestTool.run(
        ["x509", "-noout", "-fingerprint", "-sha256"], in: work.path, input: Data(text.utf8))
      let line = String(decoding: fingerprint.output, as: UTF8.self)
      result.insert(String(line.split(separator: "=").last!.filter(\.isHexDigit)).lowercased())
    }
    return result
  }

  @Test(
    "the triage set: risk, reasons, exposure, publisher and indicators of every file, thumbprints as OpenSSL computes them",
    .enabled(if: OpenSSLTestTool.isAvailable, "openssl is not installed"))
  func corpus() throws {
    let result = runTool(["triage", "--format", "json"] + Self.organisation + [Self.folder.path])
    #expect(result.exitCode == .findings, "\(result.errors)")
    let json = try Self.json(result.output)
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(
      Set(files.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } })
        == Set(Self.expected.keys))
    for file in files {
      let path = try #require(file["file"] as? String)
      let name = URL(fileURLWithPath: path).lastPathComponent
      let expected = try #require(Self.expected[name])
      #expect(file["risk"] as? String == expected.risk, "\(name)")
      let reasons = try #require(file["reasons"] as? [[String: Any]])
      #expect(Set(reasons.compactMap { $0["rule"] as? String }) == expected.rules, "\(name)")
      let exposure = try #require(file["exposure"] as? [[String: Any]]).map { entry in
        "\(entry["resource"] as? String ?? "?"):\((entry["source"] as? String)?.prefix(1) ?? "?")"
      }
      #expect(exposure == expected.exposure, "\(name)")
      let publisher = try #require(file["publisher"] as? [String: Any])
      #expect(publisher["signed"] as? Bool == expected.signed, "\(name)")
      #expect(publisher["trusted"] as? Bool == expected.trusted, "\(name)")
      #expect(publisher["selfSigned"] as? Bool == expected.selfSigned, "\(name)")
      let indicators = try #require(file["indicators"] as? [String: Any])
      #expect(indicators["hosts"] as? [String] == expected.hosts, "\(name)")
      #expect(indicators["ips"] as? [String] == expected.ips, "\(name)")
      if expected.signed {
        #expect(publisher["intact"] as? Bool == true, "\(name)")
        let fingerprints = try Self.opensslFingerprints(of: path)
        #expect(Set(indicators["certificateSHA256"] as? [String] ?? []) == fingerprints, "\(name)")
        #expect(
          fingerprints.contains(publisher["sha256"] as? String ?? "-"), "\(name): the signer is among the certificates")
        #expect((publisher["sha1"] as? String)?.count == 40)
      } else {
        #expect(publisher["intact"] is NSNull && indicators["certificateSHA256"] as? [String] == [])
      }
    }
    // The campaign file in detail: what the dialog would list and what is signed by whom.
    let campaign = try #require(files.first { ($0["file"] as? String)?.hasSuffix("campaign-signed.rdp") == true })
    let launch = try #require(campaign["launch"] as? [String: Any])
    #expect(launch["remoteApp"] as? String == "Contoso Secure Storage Connection Stability")
    #expect(launch["program"] as? String == "||storage")
    let publisher = try #require(campaign["publisher"] as? [String: Any])
    #expect(publisher["subject"] as? String == "CN=rdp.contoso-support.example")
    #expect((publisher["serverCertificate"] as? String)?.contains("the host the file connects to") == true)
    #expect(publisher["resemblesOrganisation"] as? String == "contoso.example")
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary == ["files": 13, "high": 9, "medium": 1, "low": 3, "unreadable": 0])
  }

  @Test("every benign file is low, every campaign-style file at least medium, with and without the organisation's CA")
  func benignAndCampaign() throws {
    for arguments in [Self.organisation, ["--allow-domain", "contoso.example"]] {
      guard OpenSSLTestTool.isAvailable || !arguments.contains("--trust-ca") else { continue }
      let json = try Self.json(runTool(["triage", "--format", "json"] + arguments + [Self.folder.path]).output)
      for file in try #require(json["files"] as? [[String: Any]]) {
        let name = URL(fileURLWithPath: file["file"] as? String ?? "").lastPathComponent
        let risk = Risk(rawValue: file["risk"] as? String ?? "") ?? .low
        if name.hasPrefix("benign-"), name != "benign-remoteapp-signed.rdp" || arguments.contains("--trust-ca") {
          #expect(risk == .low, "\(name) with \(arguments)")
        } else if !name.hasPrefix("benign-") {
          #expect(risk >= .medium, "\(name) with \(arguments)")
        }
      }
    }
  }

  @Test("exit status follows --fail-on; unreadable files give 2; mistakes on the command line 64")
  func exitStatus() throws {
    let benign = Self.folder.appendingPathComponent("benign-script-private.rdp").path
    let plain = Self.folder.appendingPathComponent("public-ip-plain.rdp").path
    #expect(runTool(["triage", benign]).exitCode == .success)
    #expect(runTool(["triage", "--fail-on", "low", benign]).exitCode == .findings)
    #expect(runTool(["triage", plain]).exitCode == .findings)
    #expect(runTool(["triage", "--fail-on", "high", plain]).exitCode == .success)
    let missing = runTool(["triage", benign, "/nonexistent/x.rdp"])
    #expect(missing.exitCode == .failure)
    #expect(missing.output.contains("triaged 2 files: 0 high, 0 medium, 1 low, 1 unreadable"))
    for arguments in [
      ["triage"], ["triage", "--fail-on", "severe", benign], ["triage", "--trust-thumbprint", "abc", benign],
      ["triage", "--allow-domain", "https://contoso.example", benign], ["triage", "--format", "xml", benign],
      ["triage", "--nope", benign],
    ] {
      #expect(runTool(arguments).exitCode == .usage, "\(arguments)")
    }
    let ca = runTool(["triage", "--trust-ca", "/nonexistent/ca.pem", benign])
    #expect(ca.exitCode == .failure)
    #expect(ca.errors.contains("--trust-ca /nonexistent/ca.pem"))
    #expect(ca.output.isEmpty, "nothing is triaged with a trust anchor missing")
  }

  @Test("a trusted thumbprint makes the publisher trusted: the text says mstsc skips the dialog")
  func trustedThumbprint() throws {
    guard OpenSSLTestTool.isAvailable else { return }
    let file = Self.folder.appendingPathComponent("publisher-imitation.rdp").path
    let before = try Self.json(
      runTool(["triage", "--format", "json", "--allow-domain", "contoso.example", file]).output)
    let publisher = try #require((before["files"] as? [[String: Any]])?.first?["publisher"] as? [String: Any])
    let sha256 = try #require(publisher["sha256"] as? String)
    #expect(publisher["trusted"] as? Bool == false)
    let after = runTool([
      "triage", "--allow-domain", "contoso.example", "--trust-thumbprint", sha256.uppercased(), file,
    ])
    #expect(after.output.contains("trusted by thumbprint: mstsc skips the dialog"))
    #expect(after.output.contains("trusted: yes: its SHA-256 thumbprint is one the organisation trusts"))
    #expect(!after.output.contains("RDP813"), "a trusted publisher imitates nobody")
    let other = runTool([
      "triage", "--allow-domain", "contoso.example", "--trust-thumbprint", String(repeating: "0", count: 64), file,
    ])
    #expect(
      other.output.contains("RDP813"),
      "with trust given and this publisher not trusted, its name imitates the organisation")
  }

  @Test("text reads like the Windows dialog, plus what FreeRDP does without asking; control characters are escaped")
  func text() throws {
    let result = runTool([
      "triage", "--allow-domain", "contoso.example", Self.folder.appendingPathComponent("public-ip-drives.rdp").path,
    ])
    #expect(result.output.contains("risk HIGH"))
    #expect(result.output.contains("Caution: unknown remote connection"))
    #expect(result.output.contains("Remote computer: 203.0.113.45, port 3389  [an internet address]"))
    #expect(result.output.contains("[ ] local drives: every local drive, and drives connected later (line 2)"))
    #expect(result.output.contains("[ ] printers: on (not in the file: Microsoft's documented default)"))
    #expect(
      result.output.contains(
        "FreeRDP 3.30 would, without asking: connect to 203.0.113.45, port 3389, handing over local drives (*), the clipboard (1)"
      ))
    #expect(result.output.contains("high    RDP804 line 2:"))
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "esc.rdp", text: "full address:s:ts\u{1B}[31m.partner.example\nalternate shell:s:run\u{202E}gpj.exe\n")
    let escaped = runTool(["triage", path])
    #expect(!escaped.output.contains("\u{1B}") && !escaped.output.contains("\u{202E}"))
    #expect(escaped.output.contains("\\u{1B}"))
  }

  @Test("no secret reaches any output format")
  func secrets() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "s.rdp",
      text:
        "full address:s:203.0.113.5\npassword:s:hunter2-clear\npassword 51:b:77AA99EEC0DEC0DE5511\ngatewayaccesstoken:s:tok-secret-99\n/p:hunter3-option\n"
    )
    for format in ["text", "json", "sarif"] {
      let result = runTool(["triage", "--format", format, path])
      for secret in ["hunter2-clear", "77AA99EEC0DE", "tok-secret-99", "hunter3-option"] {
        #expect(!result.output.contains(secret) && !result.errors.contains(secret), "\(format) printed \(secret)")
      }
    }
    let json = try Self.json(runTool(["triage", "--format", "json", path]).output)
    let file = try #require((json["files"] as? [[String: Any]])?.first)
    #expect(
      (file["credentials"] as? [String: Any])?["storedSecrets"] as? [String] == [
        "password", "password 51", "gatewayaccesstoken",
      ])
    #expect((file["launch"] as? [String: Any])?["commandLineOptions"] as? [String] == ["/p:********"])
  }

  @Test("JSON follows the documented contract")
  func contract() throws {
    let json = try Self.json(runTool(["triage", "--format", "json", Self.folder.path, "/nonexistent/x.rdp"]).output)
    #expect(json["version"] as? Int == 1)
    let files = try #require(json["files"] as? [[String: Any]])
    let names: Set<String> = [
      "drives", "clipboard", "printers", "microphone", "smartcards", "webauthn", "ports", "location", "pos", "cameras",
      "devices", "usb",
    ]
    for file in files {
      if file["error"] != nil {
        #expect(file["risk"] is NSNull)
        continue
      }
      #expect(
        Set(file.keys).isSuperset(of: [
          "file", "risk", "reasons", "destination", "publisher", "exposure", "launch", "indicators", "credentials",
        ]))
      #expect(["low", "medium", "high"].contains(file["risk"] as? String ?? ""))
      for reason in file["reasons"] as? [[String: Any]] ?? [] {
        #expect(reason["rule"] is String && reason["message"] is String && reason["risk"] is String)
      }
      let destination = try #require(file["destination"] as? [String: Any])
      #expect(Set(destination.keys).isSuperset(of: ["host", "port", "gateway", "alternateDiffers"]))
      #expect(destination["port"] is Int && destination["alternateDiffers"] is Bool)
      let publisher = try #require(file["publisher"] as? [String: Any])
      #expect(Set(publisher.keys).isSuperset(of: ["signed", "intact", "subject", "sha256", "trusted"]))
      if let sha256 = publisher["sha256"] as? String {
        #expect(sha256.count == 64 && sha256 == sha256.lowercased() && !sha256.contains(":"))
      }
      for entry in file["exposure"] as? [[String: Any]] ?? [] {
        #expect(names.contains(entry["resource"] as? String ?? ""))
        #expect(["file", "documented-default"].contains(entry["source"] as? String ?? ""))
      }
      let launch = try #require(file["launch"] as? [String: Any])
      #expect(Set(launch.keys).isSuperset(of: ["remoteApp", "program", "shell"]))
      let indicators = try #require(file["indicators"] as? [String: Any])
      #expect(Set(indicators.keys).isSuperset(of: ["hosts", "ips", "certificateSHA256"]))
    }
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(Set(summary.keys) == ["files", "high", "medium", "low", "unreadable"])
    #expect(summary["unreadable"] == 1 && summary["files"] == files.count)
  }

  @Test(
    "SARIF validates against the SARIF 2.1.0 schema; each reason is a result at its risk's level",
    .enabled(if: SchemaValidator.available, SchemaValidator.absenceReason))
  func sarif() throws {
    let result = runTool([
      "triage", "--format", "sarif", "--allow-domain", "contoso.example", Self.folder.path, "/nonexistent/x.rdp",
    ])
    let problems = try SchemaValidator.validate(result.output)
    #expect(problems.isEmpty, "\(problems)")
    let json = try Self.json(result.output)
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.contains { $0["ruleId"] as? String == "RDP804" && $0["level"] as? String == "error" })
    #expect(results.contains { $0["ruleId"] as? String == "RDP801" && $0["level"] as? String == "warning" })
    #expect(results.contains { $0["ruleId"] as? String == "RDP802" && $0["level"] as? String == "note" })
    #expect(!results.contains { $0["fixes"] != nil }, "a triage proposes no fixes")
  }

  @Test(
    "lint runs the same checks when asked: with the organisation described, or the rules selected; an ordinary lint is unchanged"
  )
  func lintFamily() throws {
    let lookalike = Self.folder.appendingPathComponent("lookalike-host-utf16.rdp").path
    #expect(runTool(["lint", "--quiet", "--allow-domain", "contoso.example", lookalike]).output.contains("RDP803"))
    let campaign = Self.folder.appendingPathComponent("campaign-signed.rdp").path
    #expect(!runTool(["lint", "--quiet", campaign]).output.contains("[RDP8"), "a plain lint runs no triage rule")
    let selected = runTool(["lint", "--quiet", "--select", "RDP8", campaign]).output
    #expect(
      selected.contains("RDP804") && selected.contains("RDP802") == false,
      "selected by name: every name is outside, no domain to be outside of")
    #expect(!selected.contains("RDP813"), "nothing trusted was given: no publisher stands out as an impostor")
    if OpenSSLTestTool.isAvailable {
      let judged = runTool(["lint", "--quiet", "--select", "RDP8"] + Self.organisation + [campaign]).output
      #expect(judged.contains("RDP811") && judged.contains("RDP812") && judged.contains("RDP813"))
    }
  }

  @Test("without openssl: a note, signatures unchecked, the triage still done")
  func withoutOpenSSL() throws {
    let empty = try TemporaryFolder()
    let result = runTool(
      ["triage", "--format", "json", Self.folder.appendingPathComponent("campaign-signed.rdp").path],
      environment: ["PATH": empty.path])
    #expect(result.errors.contains("openssl was not found: signatures are not checked and no thumbprints are computed"))
    let file = try #require((try Self.json(result.output)["files"] as? [[String: Any]])?.first)
    #expect(file["risk"] as? String == "high")
    let publisher = try #require(file["publisher"] as? [String: Any])
    #expect(publisher["intact"] is NSNull && publisher["sha256"] is NSNull)
    #expect(publisher["trustDetail"] as? String == "the signature could not be checked (no openssl)")
  }

  @Test(
    "the real-world corpus: every file triaged, none unreadable; the distribution printed and the README's",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is missing"))
  func realWorld() throws {
    let result = runTool(["triage", "--format", "json", TestPaths.sharedCorpus.path])
    let summary = try #require(try Self.json(result.output)["summary"] as? [String: Int])
    let count = try FileManager.default.contentsOfDirectory(atPath: TestPaths.sharedCorpus.path).filter {
      $0.lowercased().hasSuffix(".rdp")
    }.count
    #expect(summary["files"] == count && summary["unreadable"] == 0)
    let line =
      "real-world triage (no --allow-domain): \(summary["high"]!) high, \(summary["medium"]!) medium, \(summary["low"]!) low of \(count) files"
    print(line)
    let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(
      readme.contains(
        "\(summary["high"]!) high, \(summary["medium"]!) medium, \(summary["low"]!) low of \(count) files"),
      "README states: \(line)")
  }
}
