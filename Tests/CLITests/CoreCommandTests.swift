import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

@Suite("show, get, set, unset")
struct CoreCommandTests {
  let mstscText =
    "screen mode id:i:2\r\nfull address:s:ts01.example.com:3390\r\nusername:s:CORP\\alice\r\npassword 51:b:0102ABCDEF\r\nauthentication level:i:2\r\n"

  @Test("show reads an mstsc UTF-16LE file and masks secrets")
  func showText() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: mstscText, encoding: .utf16LittleEndian, bom: true)
    let result = runTool(["show", path])
    #expect(result.exitCode == .success)
    #expect(result.output.contains("encoding: UTF-16LE with BOM (byte-order-mark)"))
    #expect(result.output.contains("line endings: 5 CRLF"))
    #expect(result.output.contains("host: ts01.example.com (from full address, name)"))
    #expect(result.output.contains("port: 3390 (from the address)"))
    #expect(result.output.contains("user: CORP\\alice"))
    #expect(result.output.contains("password 51:b:********"))
    #expect(!result.output.contains("0102ABCDEF"))
    let revealed = runTool(["show", path, "--show-secrets"])
    #expect(revealed.output.contains("password 51:b:0102ABCDEF"))
  }

  @Test("show --json has the documented shape")
  func showJSON() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: mstscText + "# junk\n", encoding: .utf8)
    let result = runTool(["show", "--json", path])
    #expect(result.exitCode == .success)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let encoding = try #require(json["encoding"] as? [String: Any])
    #expect(encoding["name"] as? String == "utf-8")
    #expect(encoding["byteOrderMark"] as? Bool == false)
    let lines = try #require(json["lines"] as? [[String: Any]])
    #expect(lines.count == 6)
    #expect(lines[1]["key"] as? String == "full address")
    #expect(lines[3]["value"] as? String == "********")
    #expect(lines[5]["kind"] as? String == "unparsed")
    #expect(lines[5]["reason"] as? String == "no-colon")
    let endings = try #require(json["lineEndings"] as? [String: Any])
    #expect(endings["dominant"] as? String == "crlf")
    #expect(endings["mixed"] as? Bool == true)
    let effective = try #require(json["effective"] as? [String: Any])
    #expect(effective["host"] as? String == "ts01.example.com")
    #expect(effective["port"] as? Int == 3390)
    #expect(effective["domain"] as? String == "CORP")
    #expect(effective["authenticationLevel"] as? Int == 2)
  }

  @Test("show escapes control characters from the file")
  func showEscapes() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("e.rdp", text: "full address:s:evil\u{1B}[31mred\u{07}\n")
    let result = runTool(["show", path])
    #expect(!result.output.contains("\u{1B}"))
    #expect(result.output.contains("evil\\u{1B}[31mred\\u{7}"))
  }

  @Test("get prints the effective value; exit 1 when absent")
  func get() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "a.rdp", text: mstscText + "FULL ADDRESS:s:  second.example.com  \r\n", encoding: .utf16LittleEndian, bom: true)
    #expect(runTool(["get", path, "full address"]).output == "second.example.com\n")
    #expect(runTool(["get", path, "Authentication Level"]).output == "2\n")
    let secret = runTool(["get", path, "password 51"])
    #expect(secret.output == "********\n")
    #expect(secret.errors.contains("--show-secrets"))
    #expect(runTool(["get", path, "password 51", "--show-secrets"]).output == "0102ABCDEF\n")
    let absent = runTool(["get", path, "gatewayhostname"])
    #expect(absent.exitCode == .findings, "not set, and no default")
    #expect(absent.output.isEmpty)
    #expect(absent.errors.contains("'gatewayhostname' is not set and no default is known for mstsc"))
  }

  @Test("get: a documented default when the file is silent, and the clients that use another value")
  func getDefaults() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "a.rdp", text: "full address:s:ts.example.com\nusername:s:alice\ndomain:s:CORP\nsession bpp:i:010\n")
    let level = runTool(["get", path, "authentication level"])
    #expect(level.exitCode == .success)
    #expect(level.output == "3\n")
    #expect(level.errors.contains("3 is Microsoft's documented default"))
    #expect(level.errors.contains("FreeRDP 2.11 uses 2 (its own default)"))
    #expect(runTool(["get", path, "authentication level", "--client", "freerdp3"]).output == "2\n")
    let domain = runTool(["get", path, "domain"])
    #expect(domain.output == "CORP\n")
    #expect(domain.errors.contains("FreeRDP 2.11 uses an empty value"), "2.11 ignores domain when username is set")
    #expect(!domain.errors.contains("FreeRDP 3.30"))
    let octal = runTool(["get", path, "session bpp", "--client", "freerdp2"])
    #expect(octal.output == "8\n", "FreeRDP reads 010 as octal")
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(runTool(["get", "--format", "json", path, "session bpp"]).output.utf8)) as? [String: Any])
    let clients = try #require(json["clients"] as? [[String: Any]])
    #expect(clients.map { $0["client"] as? String } == ["mstsc", "freerdp2", "freerdp3"])
    #expect(clients.map { $0["source"] as? String } == ["documented-default", "file", "file"])
    #expect(runTool(["get", path, "x", "--client", "ironrdp"]).exitCode == .usage)
  }

  @Test("get names the client that refuses the whole file instead of inventing a value")
  func getRefusedFile() throws {
    let folder = try TemporaryFolder()
    let negative = try folder.write("negative.rdp", text: "full address:s:h.example.com\nsession bpp:i:-1\n")
    let refused = runTool(["get", negative, "full address", "--client", "freerdp3"])
    #expect(refused.exitCode == .findings)
    #expect(refused.output.isEmpty)
    #expect(refused.errors.contains("FreeRDP 3.30 refuses the whole file because of the negative number on line 2"))
    let mstsc = runTool(["get", negative, "full address"])
    #expect(mstsc.output == "h.example.com\n")
    #expect(mstsc.errors.contains("FreeRDP 3.30 refuses the whole file"))
    #expect(runTool(["get", negative, "full address", "--client", "freerdp2"]).output == "h.example.com\n")
    let typeZero = try folder.write("type0.rdp", text: "full address:s:h.example.com\nconnection type:i:0\n")
    let populate = runTool(["get", typeZero, "full address", "--client", "freerdp2"])
    #expect(populate.exitCode == .findings)
    #expect(populate.errors.contains("FreeRDP 2.11 refuses the file: connection type 0"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(runTool(["get", "--format", "json", typeZero, "full address"]).output.utf8)) as? [String: Any])
    let clients = try #require(json["clients"] as? [[String: Any]])
    #expect(clients.map { $0["source"] as? String } == ["file", "refused", "file"])
  }

  @Test("get reads standard input")
  func getStandardInput() {
    let result = runTool(["get", "-", "server port"], standardInput: Array("server port:i:3391\n".utf8))
    #expect(result.output == "3391\n")
  }

  @Test("set keeps encoding, BOM, line endings, key spelling, permissions; only the touched line changes")
  func setKeepsEverything() throws {
    let folder = try TemporaryFolder()
    let text = "screen mode id:i:2\r\nFull Address:s:old.example.com\r\nusername:s:bob\r\n"
    let path = try folder.write("a.rdp", text: text, encoding: .utf16LittleEndian, bom: true)
    chmod(path, 0o640)
    let result = runTool(["set", path, "full address:s:10.0.0.7", "server port:i:3390"])
    #expect(result.exitCode == .success, "\(result.errors)")
    let expected = RDPDocument(
      text: "screen mode id:i:2\r\nFull Address:s:10.0.0.7\r\nusername:s:bob\r\nserver port:i:3390\r\n",
      encoding: .utf16LittleEndian, byteOrderMark: true)
    #expect(try folder.bytes("a.rdp") == expected.serialized())
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try folder.listing() == ["a.rdp"], "no temporary file is left behind")
  }

  @Test(
    "set on every real-world file keeps its encoding and changes only one line",
    .enabled(if: TestPaths.hasSharedCorpus, "../shared/corpus/real-world is absent"))
  func setOnRealFiles() throws {
    let folder = try TemporaryFolder()
    let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.sharedCorpus.path).filter {
      $0.hasSuffix(".rdp")
    }.sorted()
    for name in files {
      let original = Array(try Data(contentsOf: TestPaths.sharedCorpus.appendingPathComponent(name)))
      let path = try folder.write(name, original)
      let result = runTool(["set", path, "server port:i:3390", "--strip-signature"])
      #expect(result.exitCode == .success, "\(name): \(result.errors)")
      let before = RDPDocument(bytes: original)
      let after = RDPDocument(bytes: try folder.bytes(name))
      #expect(after.encoding == before.encoding, "\(name)")
      #expect(after.effective.integer("server port") == 3390, "\(name)")
      if !SignatureGuard.isSigned(before) {
        let changed =
          zip(before.lines, after.lines).filter { $0 != $1 }.count + abs(after.lines.count - before.lines.count)
        #expect(changed <= 2, "\(name): \(changed) lines changed")
        let allowed = Set(before.lines.map(\.terminator)).union([before.dominantTerminator])
        #expect(Set(after.lines.map(\.terminator)).isSubset(of: allowed), "\(name)")
      }
    }
  }

  @Test("set refuses a signed file unless --strip-signature")
  func setSigned() throws {
    let folder = try TemporaryFolder()
    let text = "full address:s:a.example.com\r\nsignscope:s:Full Address\r\nsignature:s:AAAA\r\n"
    let path = try folder.write("s.rdp", text: text, encoding: .utf16LittleEndian, bom: true)
    let before = try folder.bytes("s.rdp")
    let refused = runTool(["set", path, "full address:s:b.example.com"])
    #expect(refused.exitCode == .failure)
    #expect(refused.errors.contains("signed"))
    #expect(refused.errors.contains("'full address'"))
    #expect(try folder.bytes("s.rdp") == before)
    let stripped = runTool(["set", path, "full address:s:b.example.com", "--strip-signature"])
    #expect(stripped.exitCode == .success)
    #expect(stripped.output.contains("no longer signed"))
    #expect(
      try folder.bytes("s.rdp")
        == RDPDocument(text: "full address:s:b.example.com\r\n", encoding: .utf16LittleEndian, byteOrderMark: true)
        .serialized())
  }

  @Test("set --dry-run and --backup")
  func dryRunAndBackup() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: "full address:s:a\n")
    #expect(runTool(["set", path, "full address:s:b", "--dry-run"]).exitCode == .success)
    #expect(try folder.bytes("a.rdp") == Array("full address:s:a\n".utf8))
    #expect(runTool(["set", path, "full address:s:b", "--backup", ".bak"]).exitCode == .success)
    #expect(try folder.bytes("a.rdp") == Array("full address:s:b\n".utf8))
    #expect(try folder.bytes("a.rdp.bak") == Array("full address:s:a\n".utf8))
  }

  @Test("set through a symbolic link rewrites the target and keeps the link")
  func setThroughSymlink() throws {
    let folder = try TemporaryFolder()
    try folder.write("real.rdp", text: "full address:s:a\n")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.rdp", withDestinationPath: "real.rdp")
    #expect(runTool(["set", folder.path + "/link.rdp", "full address:s:b"]).exitCode == .success)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.rdp") == "real.rdp")
    #expect(try folder.bytes("real.rdp") == Array("full address:s:b\n".utf8))
  }

  @Test("unset removes every occurrence")
  func unset() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: "a:s:1\nusername:s:x\nUserName:s:y\nb:s:2\n")
    let typo = runTool(["unset", path, "usrname"])
    #expect(typo.exitCode == .usage)
    #expect(typo.errors.contains("unset: 'usrname' is not a known key; did you mean 'username'?"))
    let result = runTool(["unset", path, "username", "missing", "--force"])
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(result.output.contains("a.rdp: changed\n  removed username (line 2)\n  removed UserName (line 3)\n"))
    #expect(try folder.bytes("a.rdp") == Array("a:s:1\nb:s:2\n".utf8))
  }

  @Test("errors: missing file, directory, usage")
  func errors() throws {
    let folder = try TemporaryFolder()
    let missing = runTool(["show", folder.path + "/nope.rdp"])
    #expect(missing.exitCode == .failure)
    #expect(missing.errors == "rdpfile: \(folder.path)/nope.rdp: cannot read: No such file or directory\n")
    let directory = runTool(["show", folder.path])
    #expect(directory.exitCode == .failure)
    #expect(directory.errors == "rdpfile: \(folder.path): not a regular file (a folder)\n")
    let usage = runTool(["set", "only-a-file.rdp"])
    #expect(usage.exitCode == .usage)
    #expect(usage.errors.contains("usage: rdpfile set"))
    let badSetting = runTool(["set", "f.rdp", "no-type"])
    #expect(badSetting.exitCode == .usage)
    #expect(badSetting.errors.contains("is not a KEY:TYPE:VALUE setting"))
    #expect(runTool(["frobnicate"]).exitCode == .usage)
    #expect(runTool(["show", "--bogus", "x"]).exitCode == .usage)
  }

  @Test(
    "unreadable file: one line, exit 2, nothing written",
    .enabled(if: getuid() != 0, "running as root: permissions do not apply"))
  func unreadable() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: "full address:s:a\n")
    chmod(path, 0o000)
    let result = runTool(["set", path, "full address:s:b"])
    #expect(result.exitCode == .failure)
    #expect(result.errors.hasSuffix("cannot read: Permission denied\n"))
  }

  @Test("help and version")
  func helpAndVersion() {
    let help = runTool(["--help"])
    #expect(help.exitCode == .success)
    #expect(help.output.contains("commands:"))
    for command in RDPFileTool.commands {
      #expect(help.output.contains("  \(command.name)"))
      let text = runTool(["help", command.name])
      #expect(text.exitCode == .success && text.output.hasPrefix("usage: \(command.usage)"))
      #expect(runTool([command.name, "--help"]).output == text.output)
    }
    // A build from a working copy says so; a release names its commit (checked in .ci/run).
    #expect(
      runTool(["--version"]).output
        == "rdpfile \(RDPFileTool.version) (built from a working copy; no commit recorded)\n")
    #expect(runTool([]).exitCode == .usage)
  }
}
