import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

@Suite("rdpfile fix")
struct FixCommandTests {
  static let resolver = StaticResolver([
    "ts.example.com": ["192.0.2.7"], "v6.example.com": ["2001:db8::7"], "gw.example.com": ["203.0.113.9"],
  ])

  /// A folder of files as they come: mstsc UTF-16LE, UTF-8 with and without BOM, ASCII CRLF.
  static func mixedFolder() throws -> (TemporaryFolder, [String: RDPDocument]) {
    let folder = try TemporaryFolder()
    let files: [String: RDPDocument] = [
      "mstsc.rdp": RDPDocument(
        text:
          "screen mode id:i:2\r\nfull address:s:ts.example.com:3390\r\nusername:s:CORP\\alice\r\nalternate full address:s:ts.example.com:3390\r\ngatewayhostname:s:gw.example.com\r\ngatewayusagemethod:i:2\r\n",
        encoding: .utf16LittleEndian, byteOrderMark: true),
      "utf8-bom.rdp": RDPDocument(
        text: "screen mode id:i:2\nFull Address:s:ts.example.com\nusername:s:Zoë\n", encoding: .utf8,
        byteOrderMark: true),
      "utf8.rdp": RDPDocument(
        text: "full address:s: ts.example.com \nserver port:i:3391\nremoteapplicationname:s:表計算\n"),
      "ascii-crlf.rdp": RDPDocument(text: "desktopwidth:i:1920\r\nfull address:s:v6.example.com\r\n"),
      "sub/ipv6-port.rdp": RDPDocument(text: "full address:s:v6.example.com:3392\n"),
    ]
    for (name, document) in files { try folder.write(name, document.serialized()) }
    return (folder, files)
  }

  static let expectedAddresses: [String: (String, String?)] = [
    "mstsc.rdp": ("192.0.2.7:3390", "192.0.2.7:3390"),
    "utf8-bom.rdp": ("192.0.2.7", nil),
    "utf8.rdp": (" 192.0.2.7 ", nil),
    "ascii-crlf.rdp": ("[2001:db8::7]:3389", nil),
    "sub/ipv6-port.rdp": ("[2001:db8::7]:3392", nil),
  ]

  @Test("--use-ip changes only the address lines; encodings, BOMs, line endings and gateway names stay")
  func useIPMixedFolder() throws {
    let (folder, originals) = try Self.mixedFolder()
    let result = runTool(["fix", "--use-ip", folder.path], resolver: Self.resolver)
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(result.output.contains("scanned 5 files: 5 changed, 0 unchanged, 0 refused, 0 failed"))
    #expect(result.output.contains("note: connecting by IP address usually means NTLM instead of Kerberos"))
    for (name, original) in originals {
      let fixed = RDPDocument(bytes: try folder.bytes(name))
      #expect(fixed.encoding == original.encoding, "\(name)")
      #expect(fixed.lines.count == original.lines.count, "\(name)")
      let (full, alternate) = try #require(Self.expectedAddresses[name])
      for (index, (before, after)) in zip(original.lines, fixed.lines).enumerated() {
        #expect(before.terminator == after.terminator, "\(name):\(index + 1)")
        let key = before.setting?.normalizedKey
        if key == "full address" {
          #expect(after.setting?.value == full, "\(name)")
          #expect(after.setting?.key == before.setting?.key, "key spelling kept")
        } else if key == "alternate full address" {
          #expect(after.setting?.value == alternate, "\(name)")
        } else {
          #expect(before == after, "\(name):\(index + 1) changed but is not an address line")
        }
      }
      #expect(fixed.effective.connection.port == original.effective.connection.port, "\(name): port kept")
    }
    #expect(RDPDocument(bytes: try folder.bytes("mstsc.rdp")).effective.string("gatewayhostname") == "gw.example.com")
    #expect(try folder.listing().filter { $0.contains(".tmp") }.isEmpty)
  }

  @Test(
    "FreeRDP reads the new IP and the old port from every rewritten file",
    .enabled(if: FreeRDPOracle.path != nil, "FreeRDP oracle not built (.ci/run builds it)"))
  func freeRDPReadsRewrittenFiles() throws {
    let (folder, originals) = try Self.mixedFolder()
    #expect(runTool(["fix", "--use-ip", folder.path], resolver: Self.resolver).exitCode == .success)
    // FreeRDP loses the first key of UTF-8 BOM files (RDP701).
    let names = originals.keys.sorted().filter { $0 != "utf8-bom.rdp" }
    let settings = try FreeRDPOracle.settings(for: names.map { folder.url.appendingPathComponent($0) })
    #expect(settings.count == names.count)
    for (name, json) in zip(names, settings) {
      let values = try #require(json["settings"] as? [String: Any])
      let expectedHost = name.contains("ipv6") || name.contains("ascii") ? "[2001:db8::7]" : "192.0.2.7"
      #expect(values["ServerHostname"] as? String == expectedHost, "\(name)")
      #expect(values["ServerPort"] as? Int == originals[name]!.effective.connection.port, "\(name)")
    }
  }

  @Test("an unresolvable host is an error for that file only; the others are fixed")
  func unresolvable() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.rdp", text: "full address:s:ts.example.com\n")
    try folder.write("b.rdp", text: "full address:s:nowhere.invalid\n")
    let result = runTool(["fix", "--use-ip", "--offline", "--resolve", "ts.example.com=192.0.2.7", folder.path])
    #expect(result.exitCode == .failure)
    #expect(result.errors.contains("b.rdp: full address host 'nowhere.invalid' does not resolve; file left unchanged"))
    #expect(try folder.bytes("b.rdp") == Array("full address:s:nowhere.invalid\n".utf8))
    #expect(try folder.bytes("a.rdp") == Array("full address:s:192.0.2.7\n".utf8))
    let ipv6Only = runTool(["fix", "--use-ip", "--ipv6", folder.path + "/a.rdp"], resolver: Self.resolver)
    #expect(ipv6Only.exitCode == .success, "an IP address needs no resolving")
  }

  @Test("--hosts reads a hosts file; --ipv4 / --ipv6 choose the family")
  func hostsFile() throws {
    let folder = try TemporaryFolder()
    let hosts = try folder.write("hosts", text: "# test\n192.0.2.8 ts.example.com ts\n2001:db8::8 ts.example.com\n")
    try folder.write("a.rdp", text: "full address:s:TS.example.com\n")
    try folder.write("b.rdp", text: "full address:s:ts.example.com:3390\n")
    #expect(
      runTool(["fix", "--use-ip", "--offline", "--hosts", hosts, "--ipv6", folder.path + "/b.rdp"]).exitCode == .success
    )
    #expect(try folder.bytes("b.rdp") == Array("full address:s:[2001:db8::8]:3390\n".utf8))
    #expect(
      runTool(["fix", "--use-ip", "--offline", "--hosts", hosts, "--ipv4", folder.path + "/a.rdp"]).exitCode == .success
    )
    #expect(try folder.bytes("a.rdp") == Array("full address:s:192.0.2.8\n".utf8))
    let bad = try folder.write("bad-hosts", text: "not-an-address name\n")
    #expect(runTool(["fix", "--use-ip", "--hosts", bad, folder.path]).exitCode == .usage)
  }

  @Test("workarounds: --disable-nla, --auth-level, --set, --unset, --secure-defaults, with their costs")
  func workarounds() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "a.rdp", text: "full address:s:ts.example.com\r\nauthentication level:i:2\r\nusername:s:bob\r\n",
      encoding: .utf16LittleEndian, bom: true)
    let downgrade = runTool([
      "fix", path, "--disable-nla", "--auth-level", "0", "--set", "screen mode id:i:1", "--unset", "username",
    ])
    #expect(downgrade.exitCode == .success)
    #expect(downgrade.output.contains("note: turning off Network Level Authentication"))
    #expect(downgrade.output.contains("note: authentication level 0 connects without verifying the server"))
    let expected = RDPDocument(
      text:
        "full address:s:ts.example.com\r\nauthentication level:i:0\r\nenablecredsspsupport:i:0\r\nscreen mode id:i:1\r\n",
      encoding: .utf16LittleEndian, byteOrderMark: true)
    #expect(try folder.bytes("a.rdp") == expected.serialized())
    let restore = runTool(["fix", path, "--secure-defaults"])
    #expect(restore.exitCode == .success)
    #expect(
      restore.output.contains("note: restoring secure defaults raises protection"), "raising protection has a cost too")
    let restored = RDPDocument(bytes: try folder.bytes("a.rdp")).effective.connection
    #expect(restored.credSSP && restored.authenticationLevel == 2)
  }

  @Test("safe lint fixes by default (nothing that changes a connection); unsafe ones only with --unsafe-fixes")
  func lintFixes() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "a.rdp",
      text: "full address:s:ts.example.com\nauthentication level:i:0\npromt for credentials:i:1\nscreen mode id:i: 2\n")
    #expect(runTool(["fix", path]).exitCode == .success)
    #expect(
      try folder.bytes("a.rdp")
        == Array(
          "full address:s:ts.example.com\nauthentication level:i:0\npromt for credentials:i:1\nscreen mode id:i:2\n"
            .utf8),
      "only the value no client reads differently is touched")
    let unsafe = runTool(["fix", path, "--unsafe-fixes"])
    #expect(unsafe.exitCode == .success)
    #expect(
      unsafe.output.contains(
        "RDP101: Set authentication level to 2 (warn when the server cannot be verified; the user may now see a warning) (unsafe)"
      ))
    #expect(
      try folder.bytes("a.rdp")
        == Array(
          "full address:s:ts.example.com\nauthentication level:i:2\nprompt for credentials:i:1\nscreen mode id:i:2\n"
            .utf8))
  }

  @Test("signed files are refused without --strip-signature and cleaned with it")
  func signedFiles() throws {
    let folder = try TemporaryFolder()
    let signed =
      "full address:s:ts.example.com\r\nalternate full address:s:ts.example.com\r\nsignscope:s:Full Address,Alternate Full Address\r\nsignature:s:AQABAAEAAAA=\r\n"
    try folder.write("s.rdp", text: signed, encoding: .utf16LittleEndian, bom: true)
    var names = ["s.rdp"]
    if TestPaths.hasSharedCorpus {
      try folder.write(
        "119-Desktop.rdp", Array(try Data(contentsOf: TestPaths.sharedCorpus.appendingPathComponent("119-Desktop.rdp")))
      )
      names.append("119-Desktop.rdp")
    }
    let resolver = StaticResolver(["ts.example.com": ["192.0.2.7"], "rbt-vsrv-16.rbt.local": ["10.0.0.16"]])
    let before = try names.map(folder.bytes)
    let refused = runTool(["fix", "--use-ip", folder.path], resolver: resolver)
    #expect(refused.exitCode == .failure)
    for name in names {
      #expect(
        refused.errors.contains(
          "\(name): refused: the file is signed and the change touches 'alternate full address', 'full address'"),
        "\(refused.errors)")
    }
    #expect(try names.map(folder.bytes) == before, "refused files are untouched")
    let stripped = runTool(["fix", "--use-ip", "--strip-signature", folder.path], resolver: resolver)
    #expect(stripped.exitCode == .success, "\(stripped.errors)")
    #expect(stripped.output.contains("removed signscope and signature: the file is no longer signed"))
    #expect(
      stripped.output.contains(
        "note: removing a signature makes Windows show the file as an unknown, unsigned connection"))
    for name in names {
      let document = RDPDocument(bytes: try folder.bytes(name))
      #expect(!SignatureGuard.isSigned(document))
      #expect(document.effective.connection.address?.isIPLiteral == true)
    }
  }

  @Test("--dry-run, --diff and --check never write; --backup keeps the original bytes")
  func readOnlyModes() throws {
    let folder = try TemporaryFolder()
    let text = "full address:s:ts.example.com\nauthentication level:i:0\npassword 51:b:0102DEADBEEF\n"
    let path = try folder.write("a.rdp", text: text)
    let clean = try folder.write("clean.rdp", text: "full address:s:ts.example.com\n")
    let modified = try FileManager.default.attributesOfItem(atPath: clean)[.modificationDate] as? Date
    for mode in ["--dry-run", "--diff", "--check"] {
      let result = runTool(["fix", "--unsafe-fixes", mode, folder.path])
      #expect(result.exitCode == (mode == "--check" ? .findings : .success), "\(mode)")
      #expect(result.output.contains("nothing was written"))
      #expect(try folder.bytes("a.rdp") == Array(text.utf8), "\(mode) wrote")
    }
    let diff = runTool(["fix", "--unsafe-fixes", "--diff", path]).output
    #expect(diff.contains("@@ -1,3 +1,2 @@\n full address:s:ts.example.com\n-authentication level:i:0\n"))
    #expect(diff.contains("\n+authentication level:i:2\n"))
    #expect(diff.contains("-password 51:b:********\n"))
    #expect(!diff.contains("DEADBEEF"))
    #expect(runTool(["fix", "--check", clean]).exitCode == .success)
    #expect(runTool(["fix", "--unsafe-fixes", "--backup", ".orig", path]).exitCode == .success)
    #expect(try folder.bytes("a.rdp.orig") == Array(text.utf8))
    #expect(try folder.bytes("a.rdp") == Array("full address:s:ts.example.com\nauthentication level:i:2\n".utf8))
    #expect(
      try FileManager.default.attributesOfItem(atPath: clean)[.modificationDate] as? Date == modified,
      "unchanged files keep their modification time")
  }

  @Test("JSON report")
  func jsonReport() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.rdp", text: "full address:s:ts.example.com\nauthentication level:i:0\n")
    try folder.write("b.rdp", text: "full address:s:ts.example.com\n")
    let result = runTool(["fix", "--unsafe-fixes", "--format", "json", "--dry-run", folder.path])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.map { $0["status"] as? String } == ["would-change", "unchanged"])
    #expect((files[0]["changes"] as? [String])?.first?.hasPrefix("RDP101: Set authentication level to 2") == true)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["scanned"] as? Int == 2 && summary["wouldChange"] as? Int == 1)
  }

  @Test("a binary file named .rdp is reported and never touched")
  func binaryFile() throws {
    let folder = try TemporaryFolder()
    let png: [UInt8] = [
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x23, 0x0A,
    ]
    try folder.write("image.rdp", png)
    let result = runTool(["fix", "--unsafe-fixes", folder.path])
    #expect(result.exitCode == .failure)
    #expect(
      result.errors.contains("image.rdp: not a connection file (the content looks like a PNG image); left unchanged"))
    #expect(try folder.bytes("image.rdp") == png)
  }

  @Test("write failures lose nothing and leave no temporary file")
  func writeFailures() throws {
    let text = "full address:s:ts.example.com\nauthentication level:i:0\n"
    let faults: [(String, (FaultyFileOperations) -> Void, String)] = [
      ("disk full", { $0.failWriteAfter = (10, ENOSPC) }, "No space left on device"),
      ("rename refused", { $0.failRename = EXDEV }, "Invalid cross-device link"),
      ("read-only folder", { $0.failCreate = EACCES }, "Permission denied"),
      ("flush fails", { $0.failSync = EIO }, "Input/output error"),
    ]
    for (name, configure, message) in faults {
      let folder = try TemporaryFolder()
      let path = try folder.write("a.rdp", text: text)
      let operations = FaultyFileOperations()
      configure(operations)
      let result = runTool(["fix", "--auth-level", "2", path], fileOperations: operations)
      #expect(result.exitCode == .failure, "\(name)")
      #expect(result.errors.contains("a.rdp: cannot write: \(message)"), "\(name): \(result.errors)")
      #expect(try folder.bytes("a.rdp") == Array(text.utf8), "\(name): original changed")
      let listing = try folder.listing()
      #expect(listing == ["a.rdp"], "\(name): left \(listing)")
    }
  }

  @Test("a file changed or deleted between read and write is left alone and reported")
  func concurrentChange() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: "full address:s:ts.example.com\nauthentication level:i:0\n")
    let editor = Array("full address:s:edited.example.com\n".utf8)
    let operations = FaultyFileOperations()
    operations.beforeRename = { original in try? Data(editor).write(to: URL(fileURLWithPath: original)) }
    let changed = runTool(["fix", "--auth-level", "2", path], fileOperations: operations)
    #expect(changed.exitCode == .failure)
    #expect(changed.errors.contains("a.rdp: changed on disk while being processed; left as it is"))
    #expect(try folder.bytes("a.rdp") == editor, "the editor's save wins")
    #expect(try folder.listing() == ["a.rdp"])

    try folder.write("a.rdp", text: "full address:s:ts.example.com\nauthentication level:i:0\n")
    let deleting = FaultyFileOperations()
    deleting.beforeRename = { original in try? FileManager.default.removeItem(atPath: original) }
    let deleted = runTool(["fix", "--auth-level", "2", path], fileOperations: deleting)
    #expect(deleted.exitCode == .failure)
    #expect(deleted.errors.contains("changed on disk"))
    #expect(try folder.listing().isEmpty, "a deleted file is not brought back")
  }

  @Test("read-only files are refused", .enabled(if: true))
  func readOnlyFile() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: "full address:s:ts.example.com\nauthentication level:i:0\n")
    chmod(path, 0o444)
    let result = runTool(["fix", "--auth-level", "2", path])
    #expect(result.exitCode == .failure)
    #expect(result.errors.contains("a.rdp: read-only file; left unchanged"))
    #expect(try folder.bytes("a.rdp") == Array("full address:s:ts.example.com\nauthentication level:i:0\n".utf8))
  }

  @Test("usage errors")
  func usage() {
    #expect(runTool(["fix"]).exitCode == .usage)
    #expect(runTool(["fix", "-", "--dry-run"]).exitCode == .usage)
    #expect(runTool(["fix", "x.rdp", "--resolve", "a=notanip", "--use-ip"]).exitCode == .usage)
    #expect(runTool(["fix", "x.rdp", "--resolve", "a=192.0.2.1"]).exitCode == .usage)
    #expect(runTool(["fix", "x.rdp", "--auth-level", "7"]).exitCode == .usage)
  }
}
