import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// Every writing command keeps the same promises, what a user asks for is checked, and CI can
/// gate on signatures: the examples of the "one way to write" review, through the built binary.
@Suite(
  "One way to write, and gates that gate",
  .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
struct OneWayToWriteTests {
  static let text = "full address:s:ts.example.com\nauthentication level:i:2\n"

  @Test("set refuses a binary file as fix does, and says so before touching it")
  func binaryRefusedBySet() throws {
    let folder = try TemporaryFolder()
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let path = try folder.write("x.rdp", png)
    for arguments in [
      ["set", path, "username:s:bob"], ["unset", path, "username"], ["fix", "--set", "username:s:bob", path],
    ] {
      let result = try runBinary(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(
        result.errors.contains("x.rdp: not a connection file (the content looks like a PNG image); left unchanged"),
        "\(arguments): \(result.errors)")
      #expect(!result.output.contains(": changed"))
      #expect(try folder.bytes("x.rdp") == png)
    }
  }

  @Test("a mistyped key is refused with the key meant; --force writes it; wrong type letters and ranges too")
  func requestsChecked() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    let typo = try runBinary(["fix", "--set", "authentcation level:i:2", folder.path])
    #expect(typo.status == 64)
    #expect(typo.errors.contains("'authentcation level' is not a known key; did you mean 'authentication level'?"))
    #expect(try folder.bytes("a.rdp") == Array(Self.text.utf8))
    let forced = try runBinary(["fix", "--set", "authentcation level:i:2", "--force", path])
    #expect(forced.status == 0, "\(forced.errors)")
    #expect(try folder.bytes("a.rdp") == Array((Self.text + "authentcation level:i:2\n").utf8))
    let type = try runBinary(["set", path, "authentication level:s:2"])
    #expect(type.status == 64 && type.errors.contains("'authentication level' takes type i, not s"))
    let range = try runBinary(["set", path, "authentication level:i:7"])
    #expect(
      range.status == 64 && range.errors.contains("'authentication level' takes 0, 1, 2, 3, not 7"), "\(range.errors)")
    let contradiction = try runBinary(["fix", "--secure-defaults", "--auth-level", "0", path])
    #expect(contradiction.status == 64)
    #expect(contradiction.errors.contains("--secure-defaults and --auth-level 0 both change 'authentication level'"))
  }

  @Test("one file named twice is processed once")
  func namedTwice() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    let result = try runBinary(["fix", "--set", "session bpp:i:32", path, path])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("scanned 1 file: 1 changed"))
    #expect(try folder.bytes("a.rdp") == Array((Self.text + "session bpp:i:32\n").utf8))
  }

  static var opensslMissing: Bool {
    Subprocess.find("openssl", path: ProcessInfo.processInfo.environment["PATH"]) == nil
  }

  @Test(
    "verify: a missing --ca is an error; --require-signed and --require-trusted fail unsigned files",
    .disabled(if: opensslMissing, "needs openssl (.ci/run installs it)"))
  func verifyGates() throws {
    let folder = try TemporaryFolder()
    let unsigned = try folder.write("u.rdp", text: Self.text)
    let missing = try runBinary(["verify", "--ca", folder.path + "/missing.pem", unsigned])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("--ca \(folder.path)/missing.pem: cannot read: No such file or directory"))
    let empty = try folder.write("empty.pem", text: "nothing here\n")
    #expect(try runBinary(["verify", "--ca", empty, unsigned]).errors.contains("holds no PEM certificate"))
    #expect(try runBinary(["lint", "--ca", empty, unsigned]).status == 2)
    #expect(try runBinary(["verify", unsigned]).status == 0)
    for gate in ["--require-signed", "--require-trusted"] {
      let gated = try runBinary(["verify", gate, unsigned])
      #expect(gated.status == 1, "\(gate)")
      #expect(gated.errors.contains("u.rdp: unsigned, and a signature is required"))
    }
  }

  /// Every signed file of both corpora.
  static func signedFiles() -> [URL] {
    var roots = [TestPaths.corpus]
    if TestPaths.hasSharedCorpus { roots.append(TestPaths.sharedCorpus) }
    return roots.flatMap { root -> [URL] in
      let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
      return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension.lowercased() == "rdp" }
        .filter { (try? SignatureInspection(RDPDocument(bytes: Array(Data(contentsOf: $0)))).isSigned) == true }
    }.sorted { $0.path < $1.path }
  }

  @Test(
    "lint and verify agree on every signed file of the corpora: broken signatures and signer verdicts",
    .disabled(if: opensslMissing, "needs openssl (.ci/run installs it)"))
  func lintAndVerifyAgree() throws {
    let files = Self.signedFiles()
    #expect(files.count >= 5, "signed files found: \(files.count)")
    let verify = try runBinary(["verify", "--format", "json"] + files.map(\.path))
    let lint = try runBinary(["lint", "--format", "json", "--select", "RDP508,RDP509"] + files.map(\.path))
    let verified =
      try #require(try JSONSerialization.jsonObject(with: Data(verify.output.utf8)) as? [String: Any])["files"]
      as? [[String: Any]]
    let linted =
      try #require(try JSONSerialization.jsonObject(with: Data(lint.output.utf8)) as? [String: Any])["files"]
      as? [[String: Any]]
    let lintByFile = Dictionary(
      uniqueKeysWithValues: (linted ?? []).map {
        ($0["file"] as? String ?? "", $0["diagnostics"] as? [[String: Any]] ?? [])
      })
    var compared = 0
    for file in verified ?? [] {
      let path = try #require(file["file"] as? String)
      let diagnostics = lintByFile[path] ?? []
      let problems = (file["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      // The cryptographic verdict: verify's content-changed is lint's RDP508.
      #expect(
        problems.contains("content-changed") == diagnostics.contains { $0["rule"] as? String == "RDP508" }, "\(path)")
      // The signer verdicts (trust aside: lint checks chains only with --ca).
      let verifyIssues = (file["signerIssues"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        .filter { !$0.hasPrefix("the signer is not trusted") }.sorted()
      let lintIssues = diagnostics.filter { $0["rule"] as? String == "RDP509" }.compactMap { $0["message"] as? String }
        .map { $0.replacingOccurrences(of: "; a client may treat the publisher as unknown", with: "") }.sorted()
      #expect(verifyIssues == lintIssues, "\(path): verify \(verifyIssues), lint \(lintIssues)")
      compared += 1
    }
    #expect(compared == files.count)
    print("lint and verify compared on \(compared) signed files")
  }

  @Test("a binary file named .rdp gets one finding, under 1 KB of output")
  func binaryLintOutput() throws {
    let folder = try TemporaryFolder()
    let program = try folder.write("ls.rdp", Array(try Data(contentsOf: URL(fileURLWithPath: "/bin/ls"))))
    var noise = [UInt8](repeating: 0, count: 1 << 20)
    var generator = SystemRandomNumberGenerator()
    for index in noise.indices { noise[index] = UInt8.random(in: 0...255, using: &generator) }
    let random = try folder.write("noise.rdp", noise)
    for path in [program, random] {
      for format in ["text", "json"] {
        let result = try runBinary(["lint", "--format", format, path])
        #expect(result.status == 1)
        #expect(result.output.utf8.count < 1024, "\(path) \(format): \(result.output.utf8.count) bytes")
        #expect(result.output.contains("RDP616"))
      }
      // SARIF always carries every rule's metadata; what the file adds is one result.
      let sarif = try runBinary(["lint", "--format", "sarif", path])
      let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
      let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
      #expect(results.map { $0["ruleId"] as? String } == ["RDP616"])
    }
  }
}
