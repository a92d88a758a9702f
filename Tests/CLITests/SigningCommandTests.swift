import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

@Suite(
  "sign, verify and fix --resign, with the real openssl",
  .enabled(if: OpenSSLTestTool.isAvailable, "needs the openssl program (.ci/run installs it)"))
struct SigningCommandTests {
  static let realSigned = TestPaths.sharedCorpus.appendingPathComponent("119-Desktop.rdp")
  static let signedCorpus = TestPaths.corpus.appendingPathComponent("signed-real")

  /// A folder with a CA, a signer and its key, and a private TMPDIR to prove nothing is left.
  static func workspace() throws -> (folder: TemporaryFolder, keys: String, environment: [String: String]) {
    let folder = try TemporaryFolder()
    let keys = folder.path + "/keys"
    try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder.path + "/tmp", withIntermediateDirectories: true)
    try OpenSSLTestTool.makeSigner(in: keys)
    return (folder, keys, ["PATH": "/usr/bin:/bin", "TMPDIR": folder.path + "/tmp"])
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func statuses(_ result: RunResult) throws -> [String] {
    let files = try #require(try json(result.output)["files"] as? [[String: Any]])
    return files.map { $0["status"] as? String ?? "?" }
  }

  @Test(
    "verify reports the real RD Web file intact, with its signer and the thumbprint OpenSSL computes",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func realFileIntact() throws {
    let result = runTool(["verify", Self.realSigned.path])
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(result.output.contains("119-Desktop.rdp: signed, intact"))
    #expect(result.output.contains("signer   CN=*.rbtaero.com, O=LLC RBT-Holding, L=Moscow, ST=Moscow, C=RU"))
    #expect(result.output.contains("digest   sha1"))
    #expect(result.output.contains("(expired)"))
    // The thumbprint, computed by OpenSSL from the signer certificate it extracts itself.
    let folder = try TemporaryFolder()
    let document = RDPDocument(bytes: Array(try Data(contentsOf: Self.realSigned)))
    let cms = try #require(SignatureInspection(document).block?.cms)
    try Data(cms).write(to: folder.url.appendingPathComponent("sig.der"))
    let certificates = try OpenSSLTestTool.run(
      ["pkcs7", "-inform", "DER", "-in", "sig.der", "-print_certs"], in: folder.path)
    let pem = String(decoding: certificates.output, as: UTF8.self)
    let signerPEM = try #require(
      pem.components(separatedBy: "\n\n").first { $0.contains("CN = *.rbtaero.com") && $0.hasPrefix("subject") })
    let fingerprint = try OpenSSLTestTool.run(
      ["x509", "-noout", "-fingerprint", "-sha256"], in: folder.path, input: Data(signerPEM.utf8))
    let expected = String(decoding: fingerprint.output, as: UTF8.self).components(separatedBy: "=").last!
      .replacingOccurrences(of: ":", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(expected.count == 64)
    #expect(result.output.contains("sha256   \(expected) "), "\(result.output)")
  }

  @Test(
    "changing any one scoped line of the real file by one byte breaks it",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func realFileEveryScopedLine() throws {
    let folder = try TemporaryFolder()
    let original = Array(try Data(contentsOf: Self.realSigned))
    let document = RDPDocument(bytes: original)
    let scope = try #require(SignedContent(signedBy: document)).scopeNames
    #expect(scope.count == 17)
    for name in scope {
      let key = PropertyCatalogue.key(forScopeName: name)
      let index = try #require(document.lineIndices(forKey: key).last)
      var lines = document.lines.map(\.bytes)
      var line = lines[index]
      let last = line.lastIndex { $0 != 0x0A && $0 != 0x0D }!
      line[last] =
        line[last] == UInt8(ascii: "1")
        ? UInt8(ascii: "0") : (line[last] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X"))
      lines[index] = line
      let path = try folder.write("changed.rdp", Array(lines.joined()))
      let result = runTool(["verify", "--format", "json", path])
      #expect(result.exitCode == .findings, "\(name): \(result.output)")
      #expect(try statuses(result) == ["broken"], "\(name)")
      #expect(result.output.contains("content-changed"), "\(name)")
    }
  }

  @Test("files signed by rdpfile sign verify with plain openssl, in UTF-16LE and UTF-8, and verify agrees")
  func signAndVerifyIndependently() throws {
    let (folder, keys, environment) = try Self.workspace()
    let sources = [
      "encoding/utf16le-bom-crlf.rdp", "encoding/utf8-lf.rdp", "encoding/utf8-bom-crlf.rdp", "security/gateway.rdp",
    ]
    var originals: [String: [UInt8]] = [:]
    for source in sources {
      let name = source.replacingOccurrences(of: "/", with: "-")
      originals[name] = Array(try Data(contentsOf: TestPaths.corpus.appendingPathComponent(source)))
      try folder.write("share/\(name)", originals[name]!)
    }
    let result = runTool(
      ["sign", "--cert", "\(keys)/signer.pem", "--key", "\(keys)/signer.key", folder.path + "/share"],
      environment: environment)
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(result.output.contains("scanned 4 files: 4 changed"))
    for (name, original) in originals {
      let signed = try folder.bytes("share/\(name)")
      #expect(
        try OpenSSLTestTool.independentlyVerifies(signed, in: folder.path), "\(name) does not verify with openssl")
      let before = RDPDocument(bytes: original)
      let after = RDPDocument(bytes: signed)
      #expect(after.encoding == before.encoding, "\(name)")
      #expect(
        Array(after.lines.prefix(before.lines.count).map(\.content)) == before.lines.map(\.content),
        "\(name): original lines changed")
      #expect(after.lines.suffix(2).map { $0.setting?.key } == ["signscope", "signature"])
      #expect(after.lines.dropFirst(before.lines.count).allSatisfy { $0.terminator == before.dominantTerminator })
    }
    let verified = runTool(
      ["verify", "--format", "json", "--ca", "\(keys)/ca.pem", folder.path + "/share"], environment: environment)
    #expect(verified.exitCode == .success, "\(verified.output)")
    let files = try #require(try json(verified.output)["files"] as? [[String: Any]])
    #expect(files.count == 4)
    for file in files {
      #expect(file["status"] as? String == "intact")
      #expect((file["trust"] as? [String: Any])?["trusted"] as? Bool == true)
      #expect((file["signer"] as? [String: Any])?["subject"] as? String == "O=Tests, CN=publisher.example.com")
      #expect(file["digestAlgorithm"] as? String == "sha256")
    }
    // Without the test CA the chain is not trusted, which --require-trusted counts as broken.
    let untrusted = runTool(["verify", "--require-trusted", folder.path + "/share"], environment: environment)
    #expect(untrusted.exitCode == .findings)
    #expect(untrusted.output.contains("the signer is not trusted"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/tmp").isEmpty, "temporary files left behind")
  }

  @Test("the corpus's signed files: plain openssl and verify agree on which are intact")
  func corpusSignedFiles() throws {
    let folder = try TemporaryFolder()
    for (name, intact) in [
      ("signed-utf8.rdp", true), ("signed-utf16le.rdp", true), ("signed-sha1-gateway.rdp", true),
      ("tampered-address.rdp", false),
    ] {
      let bytes = Array(try Data(contentsOf: Self.signedCorpus.appendingPathComponent(name)))
      #expect(try OpenSSLTestTool.independentlyVerifies(bytes, in: folder.path) == intact, "\(name)")
      let result = runTool([
        "verify", "--format", "json", "--ca", Self.signedCorpus.appendingPathComponent("test-ca.pem").path,
        Self.signedCorpus.appendingPathComponent(name).path,
      ])
      #expect(try statuses(result) == [intact ? "intact" : "broken"], "\(name)")
    }
    let lint = runTool(["lint", "--select", "RDP508", Self.signedCorpus.path])
    #expect(lint.exitCode == .findings)
    #expect(lint.output.contains("tampered-address.rdp:54:1: error[RDP508]"), "\(lint.output)")
    #expect(lint.output.components(separatedBy: "[RDP508]").count == 2, "only the tampered file")
  }

  @Test("fix --use-ip --resign leaves a folder of signed files intact-signed with the new address")
  func fixAndResign() throws {
    let (folder, keys, environment) = try Self.workspace()
    for name in KnownSignaturesCLI.intactFiles {
      try folder.write("share/\(name)", Array(try Data(contentsOf: Self.signedCorpus.appendingPathComponent(name))))
    }
    let before = try KnownSignaturesCLI.intactFiles.map { try folder.bytes("share/\($0)") }
    let resolver = StaticResolver(["ts01.corp.example.com": ["192.0.2.50"], "ts10.corp.example.com": ["192.0.2.60"]])
    let refused = runTool(["fix", "--use-ip", folder.path + "/share"], environment: environment, resolver: resolver)
    #expect(refused.exitCode == .failure)
    #expect(
      try KnownSignaturesCLI.intactFiles.map { try folder.bytes("share/\($0)") } == before,
      "refused files are untouched")

    let fixed = runTool(
      [
        "fix", "--use-ip", "--resign", "--cert", "\(keys)/signer.pem", "--key", "\(keys)/signer.key",
        folder.path + "/share",
      ],
      environment: environment, resolver: resolver)
    #expect(fixed.exitCode == .success, "\(fixed.errors)")
    #expect(fixed.output.contains("scanned 3 files: 3 changed, 0 unchanged, 0 refused, 0 failed"), "\(fixed.output)")
    for name in KnownSignaturesCLI.intactFiles {
      let bytes = try folder.bytes("share/\(name)")
      #expect(try OpenSSLTestTool.independentlyVerifies(bytes, in: folder.path), "\(name)")
      let connection = RDPDocument(bytes: bytes).effective.connection
      #expect(connection.host == (name.contains("gateway") ? "192.0.2.60" : "192.0.2.50"))
    }
    let verified = runTool(
      ["verify", "--format", "json", "--ca", "\(keys)/ca.pem", folder.path + "/share"], environment: environment)
    #expect(try statuses(verified) == ["intact", "intact", "intact"])
    // Running it again finds nothing to do: the addresses are IPs and the signatures match.
    let again = runTool(
      [
        "fix", "--use-ip", "--resign", "--cert", "\(keys)/signer.pem", "--key", "\(keys)/signer.key",
        folder.path + "/share",
      ],
      environment: environment, resolver: resolver)
    #expect(again.output.contains("0 changed, 3 unchanged"), "\(again.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/tmp").isEmpty)
  }

  @Test(
    "key material: wrong password, mismatched or encrypted key give a clear error and change nothing; secrets never shown"
  )
  func keyMaterial() throws {
    let (folder, keys, baseEnvironment) = try Self.workspace()
    try OpenSSLTestTool.run(
      [
        "pkcs12", "-export", "-in", "signer.pem", "-inkey", "signer.key", "-certfile", "ca.pem", "-out", "bundle.p12",
        "-passout", "pass:s3cret-Pa55",
      ],
      in: keys)
    try OpenSSLTestTool.run(
      ["pkey", "-in", "signer.key", "-aes256", "-passout", "pass:s3cret-Pa55", "-out", "encrypted.key"], in: keys)
    try "s3cret-Pa55\n".write(toFile: "\(keys)/password.txt", atomically: true, encoding: .utf8)
    try "wrong\n".write(toFile: "\(keys)/wrong.txt", atomically: true, encoding: .utf8)
    let file = try folder.write(
      "share/a.rdp",
      Array(try Data(contentsOf: TestPaths.corpus.appendingPathComponent("encoding/utf16le-bom-crlf.rdp"))))
    let original = try folder.bytes("share/a.rdp")
    var environment = baseEnvironment
    environment["RDP_SIGNING_PASSWORD"] = "s3cret-Pa55"
    environment["RDP_WRONG_PASSWORD"] = "not-it"
    var outputs: [String] = []

    let failures: [([String], String)] = [
      (["--pkcs12", "\(keys)/bundle.p12", "--password-env", "RDP_WRONG_PASSWORD"], "wrong password"),
      (["--pkcs12", "\(keys)/bundle.p12", "--password-file", "\(keys)/wrong.txt"], "wrong password"),
      (["--cert", "\(keys)/signer.pem", "--key", "\(keys)/other.key"], "the key does not belong to the certificate"),
      (["--cert", "\(keys)/signer.pem", "--key", "\(keys)/encrypted.key"], "the key is encrypted"),
      (
        ["--cert", "\(keys)/signer.pem", "--key", "\(keys)/encrypted.key", "--password-file", "\(keys)/wrong.txt"],
        "wrong password"
      ),
    ]
    for (options, message) in failures {
      let result = runTool(["sign"] + options + [file], environment: environment)
      #expect(result.exitCode == .failure, "\(options)")
      #expect(result.errors.contains(message), "\(options): \(result.errors)")
      #expect(try folder.bytes("share/a.rdp") == original, "\(options) changed the file")
      outputs += [result.output, result.errors]
    }
    let usage = runTool(
      ["sign", "--pkcs12", "\(keys)/bundle.p12", "--password", "s3cret-Pa55", file], environment: environment)
    #expect(usage.exitCode == .usage)
    #expect(usage.errors.contains("never taken on the command line"))

    for options in [
      ["--pkcs12", "\(keys)/bundle.p12", "--password-env", "RDP_SIGNING_PASSWORD"],
      ["--pkcs12", "\(keys)/bundle.p12", "--password-file", "\(keys)/password.txt"],
      ["--cert", "\(keys)/signer.pem", "--key", "\(keys)/encrypted.key", "--password-env", "RDP_SIGNING_PASSWORD"],
    ] {
      try Data(original).write(to: URL(fileURLWithPath: file))
      let result = runTool(["sign", "--format", "json"] + options + [file], environment: environment)
      #expect(result.exitCode == .success, "\(options): \(result.errors)")
      #expect(try OpenSSLTestTool.independentlyVerifies(try folder.bytes("share/a.rdp"), in: folder.path), "\(options)")
      outputs += [result.output, result.errors]
      let verified = runTool(["verify", "--format", "json", "--ca", "\(keys)/ca.pem", file], environment: environment)
      #expect(try statuses(verified) == ["intact"])
      outputs += [verified.output, verified.errors]
    }
    for output in outputs {
      for secret in [
        "s3cret-Pa55", "\(keys)/signer.key", "\(keys)/encrypted.key", "\(keys)/other.key", "bundle.p12", "password.txt",
        "BEGIN PRIVATE KEY", "BEGIN ENCRYPTED",
      ] {
        #expect(!output.contains(secret), "output shows \(secret): \(output)")
      }
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/tmp").isEmpty, "temporary files left behind")
    #expect(
      try folder.listing().filter { $0.hasPrefix("share/") } == ["share/a.rdp"],
      "no stray files next to the signed file")
  }

  @Test("a missing openssl is a clear error with exit 2, for verify, sign and lint --openssl")
  func missingOpenSSL() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("a.rdp", text: "full address:s:ts.example.com\n")
    let verify = runTool(["verify", "--openssl", "/nonexistent/openssl", file])
    #expect(verify.exitCode == .failure)
    #expect(verify.errors.contains("'/nonexistent/openssl' is not an executable program"))
    let noPath = runTool(["verify", file], environment: ["PATH": folder.path])
    #expect(noPath.exitCode == .failure)
    #expect(noPath.errors.contains("openssl program was not found on PATH"))
    let sign = runTool(["sign", "--openssl", "/nonexistent/openssl", "--cert", "c.pem", "--key", "k.pem", file])
    #expect(sign.exitCode == .failure)
    #expect(try folder.bytes("a.rdp") == Array("full address:s:ts.example.com\n".utf8))
    #expect(runTool(["lint", "--openssl", "/nonexistent/openssl", file]).exitCode == .failure)
    // Without openssl on PATH, lint still runs: signatures are only checked for shape.
    #expect(runTool(["lint", file], environment: ["PATH": folder.path]).exitCode != .failure)
  }

  @Test("usage: signing options need --resign in fix, and sign needs complete key material")
  func usage() {
    #expect(runTool(["fix", "--cert", "c.pem", "--key", "k.pem", "x.rdp"]).exitCode == .usage)
    #expect(runTool(["fix", "--resign", "x.rdp"]).exitCode == .usage)
    #expect(runTool(["sign", "--cert", "c.pem", "x.rdp"]).exitCode == .usage)
    #expect(runTool(["sign", "--pkcs12", "p.p12", "--key", "k.pem", "x.rdp"]).exitCode == .usage)
    #expect(runTool(["sign", "--cert", "c.pem", "--key", "k.pem", "--digest", "md5", "x.rdp"]).exitCode == .usage)
    #expect(runTool(["verify"]).exitCode == .usage)
  }
}

/// The corpus's intact signed files, as the CLI tests name them.
enum KnownSignaturesCLI {
  static let intactFiles = ["signed-sha1-gateway.rdp", "signed-utf16le.rdp", "signed-utf8.rdp"]
}
