import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// The examples of the "tell the truth" review: fixes labelled safe that changed behaviour,
/// plain `fix` undoing a workaround without a word, a guessed IPv6 address, and the signing
/// scope that left out two keys `rdpsign.exe` signs.
@Suite("Safe means safe, and signing covers what rdpsign.exe covers")
struct TellTheTruthTests {
  static let host = "full address:s:ts.example.com\n"

  /// The safe fixes lint offers for `text`, by rule.
  func safeFixes(_ text: String, rule: String) -> [Fix] {
    Linter().lint(RDPDocument(text: text)).filter { $0.ruleID == rule }.compactMap(\.fix).filter {
      $0.applicability == .safe
    }
  }

  @Test("RDP602: correcting a type letter that brings a line to life is unsafe, and says which client changes")
  func wrongTypeLetter() throws {
    for line in ["enablecredsspsupport:s:0", "authentication level:s:0", "server port:s:3390", "drivestoredirect:i:1"] {
      let text = Self.host + line + "\n"
      let fixes = Linter().lint(RDPDocument(text: text)).filter { $0.ruleID == "RDP602" }.compactMap(\.fix)
      #expect(fixes.count == 1, "\(line)")
      #expect(fixes.allSatisfy { $0.applicability == .unsafe }, "\(line): \(fixes.map(\.title))")
      #expect(fixes.first?.title.contains("(unsafe: it changes") == true, "\(line): \(fixes.map(\.title))")
    }
    // A correction that changes nothing any client does stays safe.
    #expect(safeFixes(Self.host + "desktopwidth:s:1920\n", rule: "RDP602").count == 1)
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.host + "enablecredsspsupport:s:0\n")
    let result = runTool(["fix", "--select", "RDP602", path])
    #expect(result.exitCode == .success)
    #expect(
      try folder.bytes("a.rdp") == Array((Self.host + "enablecredsspsupport:s:0\n").utf8),
      "plain fix does not turn NLA off")
  }

  @Test("removing or flipping negotiate security layer is never safe; --secure-defaults says what it costs")
  func negotiate() throws {
    for text in [
      Self.host + "negotiate security layer:i:0\n",
      Self.host + "negotiate security layer:i:0\nenablecredsspsupport:i:0\n",
    ] {
      let fixes = Linter().lint(RDPDocument(text: text)).filter { ["RDP104", "RDP105"].contains($0.ruleID) }.compactMap(
        \.fix)
      #expect(!fixes.isEmpty && fixes.allSatisfy { $0.applicability == .unsafe }, "\(text)")
    }
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.host + "negotiate security layer:i:0\n")
    #expect(runTool(["fix", path]).exitCode == .success)
    #expect(try folder.bytes("a.rdp") == Array((Self.host + "negotiate security layer:i:0\n").utf8))
    let restored = runTool(["fix", "--secure-defaults", path])
    #expect(restored.output.contains("set negotiate security layer to 1"))
    #expect(restored.output.contains("note: restoring secure defaults raises protection"))
    #expect(restored.output.contains("FreeRDP may then fall back to TLS or standard RDP security"))
  }

  @Test("plain fix on a file edited after the 0x904 article changes nothing security-relevant, in any encoding")
  func afterTheArticle() throws {
    let text = """
      full address:s:ts.example.com
      authentication level:i:0
      enablecredsspsupport:i:0
      negotiate security layer:i:0
      password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB
      username:s:CORP\\alice

      """
    let folder = try TemporaryFolder()
    let utf8 = try folder.write("utf8.rdp", text: text, encoding: .utf8, bom: true)
    let utf16 = try folder.write(
      "utf16.rdp", text: text.replacingOccurrences(of: "\n", with: "\r\n"), encoding: .utf16LittleEndian, bom: true)
    let before = try [folder.bytes("utf8.rdp"), folder.bytes("utf16.rdp")]
    let connections = before.map { RDPDocument(bytes: $0).connections }
    let result = runTool(["fix", utf8, utf16])
    #expect(result.exitCode == .success, "\(result.errors)")
    let after = try [folder.bytes("utf8.rdp"), folder.bytes("utf16.rdp")]
    for (index, bytes) in after.enumerated() {
      let document = RDPDocument(bytes: bytes)
      #expect(document.connections == connections[index], "what some client connects with changed")
      #expect(document.encoding == RDPDocument(bytes: before[index]).encoding, "not re-encoded")
    }
    #expect(after == before, "nothing here is a safe fix")
    // What would change is there, opt-in, each with its cost.
    let unsafe = runTool(["fix", "--unsafe-fixes", "--dry-run", utf8])
    #expect(unsafe.output.contains("RDP101: Set authentication level to 2"))
    #expect(unsafe.output.contains("(unsafe)"))
    #expect(unsafe.output.contains("note: unsafe lint fixes change behaviour"))
  }

  @Test("the ambiguous IPv6 file gets no guessed fix")
  func ambiguousIPv6() throws {
    let path = TestPaths.corpus.appendingPathComponent("addresses/ipv6-bare-port.rdp").path
    let diff = runTool(["fix", "--diff", "--unsafe-fixes", path])
    #expect(diff.exitCode == .success)
    #expect(!diff.output.contains("[2001:db8::10:3390]"), "\(diff.output)")
    #expect(diff.output.contains("0 would change"))
    let lint = runTool(["lint", "--select", "RDP203", path])
    #expect(lint.output.contains("is ambiguous"))
    #expect(lint.output.contains("Use a DNS name"))
  }

  @Test(
    "sign covers redirectwebauthn and enablerdsaadauth as rdpsign.exe does; verify catches either added or changed",
    .enabled(if: OpenSSLTestTool.isAvailable, "needs the openssl program (.ci/run installs it)"))
  func signingScope() throws {
    let folder = try TemporaryFolder()
    let keys = folder.path + "/keys"
    try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    try OpenSSLTestTool.makeSigner(in: keys)
    let environment = ["PATH": "/usr/bin:/bin"]
    let base = Self.host + "redirectclipboard:i:1\nenablerdsaadauth:i:1\nredirectwebauthn:i:1\n"
    let path = try folder.write("a.rdp", text: base)
    let signed = runTool(
      ["sign", "--cert", "\(keys)/signer.pem", "--key", "\(keys)/signer.key", path], environment: environment)
    #expect(signed.exitCode == .success, "\(signed.errors)")
    let bytes = try folder.bytes("a.rdp")
    let scope = try #require(RDPDocument(bytes: bytes).effective.string("signscope"))
    #expect(scope.hasSuffix("EnableRdsAadAuth,RedirectWebAuthn"), "\(scope)")
    #expect(try OpenSSLTestTool.independentlyVerifies(bytes, in: folder.path))
    #expect(runTool(["verify", "--ca", "\(keys)/ca.pem", path], environment: environment).exitCode == .success)

    let text = String(decoding: bytes, as: UTF8.self)
    let edits = [
      ("redirectwebauthn changed", text.replacingOccurrences(of: "redirectwebauthn:i:1", with: "redirectwebauthn:i:0")),
      ("enablerdsaadauth changed", text.replacingOccurrences(of: "enablerdsaadauth:i:1", with: "enablerdsaadauth:i:0")),
    ]
    for (index, (what, edited)) in edits.enumerated() {
      let file = try folder.write("edit\(index).rdp", text: edited)
      let verify = runTool(["verify", file], environment: environment)
      #expect(verify.exitCode == .findings, "\(what): \(verify.output)")
      #expect(verify.output.contains("BROKEN"))
    }
    // Added after signing: a signed file without the key, then the key slipped in.
    let plain = try folder.write("plain.rdp", text: Self.host + "redirectclipboard:i:1\n")
    _ = runTool(
      ["sign", "--cert", "\(keys)/signer.pem", "--key", "\(keys)/signer.key", plain], environment: environment)
    for key in ["redirectwebauthn:i:1", "enablerdsaadauth:i:1"] {
      let lines = String(decoding: try folder.bytes("plain.rdp"), as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let slipped = ([lines[0], Substring(key)] + lines.dropFirst()).joined(separator: "\n")
      let file = try folder.write("slipped.rdp", text: slipped)
      let verify = runTool(["verify", "--format", "json", file], environment: environment)
      #expect(verify.exitCode == .findings, "\(key) slipped in: \(verify.output)")
      #expect(verify.output.contains("unsigned-settings"))
      let lint = runTool(["lint", "--select", "RDP503", file])
      #expect(lint.output.contains("error[RDP503]"), "\(key): lint and verify agree")
    }
  }

  @Test("RDP503 and verify agree on every signed file of the corpora")
  func scopeAgreement() throws {
    var roots = [TestPaths.corpus]
    if TestPaths.hasSharedCorpus { roots.append(TestPaths.sharedCorpus) }
    var compared = 0
    for root in roots {
      let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
      for case let url as URL in walker?.allObjects ?? [] where url.pathExtension.lowercased() == "rdp" {
        let document = RDPDocument(bytes: Array(try Data(contentsOf: url)))
        let inspection = SignatureInspection(document)
        guard inspection.isSigned, inspection.content != nil, inspection.block != nil else { continue }
        let outside = inspection.problems.contains { $0.code == "unsigned-settings" }
        let rule = Linter(selection: RuleSelection(select: ["RDP503"])).lint(document)
        #expect(outside == !rule.isEmpty, "\(url.lastPathComponent): verify \(outside), RDP503 \(rule.count)")
        compared += 1
      }
    }
    #expect(compared >= 5, "the corpora hold six really signed files")
    print("RDP503 and verify compared on \(compared) signed files")
  }
}
