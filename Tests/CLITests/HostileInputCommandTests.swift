import Foundation
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// Hostile files, folders and names through the commands: the outcome is asserted on exit
/// codes, messages and the bytes left on disk.
@Suite("Hostile inputs through the commands")
struct HostileInputCommandTests {
  static let limitMessage = "bytes is over the 16777216-byte limit (raise it with --max-size)"

  @Test("a 200 MB file is refused by every command with a one-line error and left as it was")
  func oversizedFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/huge.rdp"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("full address:s:ts.example.com\n".utf8)))
    #expect(truncate(path, 200 << 20) == 0)
    for arguments in [
      ["lint", path], ["show", path], ["get", path, "full address"], ["fix", "--unsafe-fixes", path],
      ["set", path, "server port:i:3390"],
    ] {
      let result = runTool(arguments)
      #expect(result.exitCode == .failure, "\(arguments)")
      #expect(
        result.errors.contains("rdpfile: \(path): 209715200 \(Self.limitMessage)\n"), "\(arguments): \(result.errors)")
    }
    let info = try FileManager.default.attributesOfItem(atPath: path)
    #expect(info[.size] as? Int == 200 << 20)
    #expect(try folder.listing() == ["huge.rdp"], "no temporary file")
  }

  @Test("--max-size moves the limit both ways; standard input has the same limit")
  func sizeLimitFlag() throws {
    let folder = try TemporaryFolder()
    let text = "full address:s:ts.example.com\nauthentication level:i:0\n"
    let path = try folder.write("a.rdp", text: text)
    let refused = runTool(["fix", "--auth-level", "2", "--max-size", "20", path])
    #expect(refused.exitCode == .failure)
    #expect(refused.errors.contains("a.rdp: 55 bytes is over the 20-byte limit (raise it with --max-size)"))
    #expect(try folder.bytes("a.rdp") == Array(text.utf8))
    let allowed = runTool(["fix", "--auth-level", "2", "--max-size", "55", path])
    #expect(allowed.exitCode == .success, "\(allowed.errors)")
    #expect(try folder.bytes("a.rdp") == Array(text.replacingOccurrences(of: "level:i:0", with: "level:i:2").utf8))

    let input = [UInt8](repeating: 0x61, count: 17 << 20)
    let standardInput = runTool(["lint", "-"], standardInput: input)
    #expect(standardInput.exitCode == .failure)
    // Standard input is read only up to one byte past the limit, so its full size is unknown.
    #expect(standardInput.errors == "rdpfile: <stdin>: over the 16777216-byte limit (raise it with --max-size)\n")
    #expect(runTool(["show", "-"], standardInput: input).errors.contains("<stdin>: over the 16777216-byte limit"))
  }

  @Test("symbolic link loops: reported when following links, skipped when not, never walked forever")
  func symlinkLoops() throws {
    let folder = try TemporaryFolder()
    try folder.write("share/real.rdp", text: "full address:s:ts.example.com\n")
    let share = folder.path + "/share"
    #expect(symlink("a.rdp", share + "/b.rdp") == 0 && symlink("b.rdp", share + "/a.rdp") == 0)
    #expect(symlink("..", share + "/up") == 0 && symlink(".", share + "/self") == 0)

    let skipping = runTool(["lint", "--select", "RDP201", share])
    #expect(skipping.exitCode == .success, "\(skipping.errors)")
    #expect(skipping.output == "checked 1 file: no findings\n")

    let following = runTool(["lint", "--follow-symlinks", "--select", "RDP201", share])
    #expect(following.exitCode == .failure)
    #expect(
      following.errors
        == "rdpfile: \(share)/a.rdp: cannot read: Too many levels of symbolic links\nrdpfile: \(share)/b.rdp: cannot read: Too many levels of symbolic links\n"
    )
    #expect(
      following.output == "checked 1 file: no findings; 2 files could not be read\n", "each folder is walked once")
  }

  @Test("a folder 300 levels deep is walked and fixed")
  func deepNesting() throws {
    let folder = try TemporaryFolder()
    let relative = Array(repeating: "d", count: 300).joined(separator: "/") + "/deep.rdp"
    try folder.write(relative, text: "full address:s:ts.example.com\nauthentication level:i:0\n")
    let lint = runTool(["lint", "--select", "RDP101", folder.path])
    #expect(lint.exitCode == .findings)
    #expect(lint.output.contains("/d/d/deep.rdp:2:24: warning[RDP101]"))
    let fix = runTool(["fix", "--auth-level", "2", folder.path])
    #expect(fix.exitCode == .success, "\(fix.errors)")
    #expect(try folder.bytes(relative) == Array("full address:s:ts.example.com\nauthentication level:i:2\n".utf8))
  }

  @Test("names with spaces, newlines, escape sequences and bytes that are not UTF-8 are processed and printed escaped")
  func oddNames() throws {
    let folder = try TemporaryFolder()
    let text = "full address:s:ts.example.com\nauthentication level:i:0\n"
    let fixed = Array(text.replacingOccurrences(of: "level:i:0", with: "level:i:2").utf8)
    let names = ["with space.rdp", "new\nline.rdp", "esc\u{1B}[2J.rdp"]
    for name in names { try folder.write(name, text: text) }
    // bad\xFF.rdp, and beside it the file a lossy decoding of that name would lead to.
    let rawName = Array((folder.path + "/bad").utf8) + [0xFF] + Array(".rdp".utf8)
    try writeRaw(rawName, Array(text.utf8))
    try folder.write("bad\u{FFFD}.rdp", text: text)

    let lint = runTool(["lint", "--select", "RDP101", folder.path])
    #expect(lint.exitCode == .findings, "\(lint.errors)")
    #expect(lint.output.contains("/new\\nline.rdp:2:24: warning[RDP101]"))
    #expect(lint.output.contains("/esc\\u{1B}[2J.rdp:2:24: warning[RDP101]"))
    #expect(lint.output.contains("/with space.rdp:2:24: warning[RDP101]"))
    #expect(lint.output.contains("/bad\\xFF.rdp:2:24: warning[RDP101]"))
    #expect(lint.errors.isEmpty)
    #expect(!(lint.output + lint.errors).contains("\u{1B}"))

    let json = runTool(["lint", "--format", "json", folder.path])
    #expect(json.output.contains(#"new\nline.rdp"#) && json.output.contains(#"esc\u001b[2J.rdp"#))

    let fix = runTool(["fix", "--auth-level", "2", folder.path])
    #expect(fix.exitCode == .success, "\(fix.errors)")
    for name in names + ["bad\u{FFFD}.rdp"] {
      #expect(try folder.bytes(name) == fixed, "\(name)")
    }
    #expect(try readRaw(rawName) == fixed, "the name that is not UTF-8 is rewritten itself")
    #expect(try folder.listing().count == 5, "no temporary files left")
  }

  /// A file whose keys and values try to drive the terminal.
  static let hostile = """
    full address:s:\u{1B}[31mts.example.com\u{1B}]0;pwned\u{07}:3389
    \u{1B}[2Jkey\u{08}:s:v\u{9B}1m
    username:s:\u{202E}nimda\u{1B}[0m
    authentication level:i:0

    """

  @Test("control characters from the file are escaped in every command and format")
  func everyOutputEscaped() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.hostile)
    let runs: [[String]] = [
      ["lint", path], ["lint", "--format", "json", path], ["lint", "--format", "sarif", path],
      ["show", path], ["show", "--json", path], ["get", path, "username"], ["get", path, "full address"],
      ["fix", "--unsafe-fixes", "--diff", "--dry-run", path],
      ["fix", "--unsafe-fixes", "--format", "json", "--dry-run", path],
      ["fix", "--use-ip", "--resolve", "ts.example.com=192.0.2.1", "--diff", "--dry-run", path],
      ["set", path, "server port:i:3390", "--dry-run"], ["lint", "--quiet", path], ["verify", path],
      ["verify", "--format", "json", path],
      ["doctor", try Self.onLoopback(folder, Self.hostile), "--timeout", "1"],
      ["doctor", "--format", "json", try Self.onLoopback(folder, Self.hostile), "--timeout", "1"],
    ]
    for arguments in runs {
      let result = runTool(arguments)
      #expect(result.exitCode != .usage, "\(arguments): \(result.errors)")
      let printed = result.output + result.errors
      let raw = printed.unicodeScalars.first { $0 != "\n" && TextEscaper.needsEscape($0) }
      #expect(raw == nil, "\(arguments) printed U+\(String(raw?.value ?? 0, radix: 16))")
      #expect(!printed.isEmpty, "\(arguments)")
    }
    #expect(try folder.bytes("a.rdp") == Array(Self.hostile.utf8), "dry runs wrote nothing")
  }

  /// A copy of `text` whose server is a closed port on loopback, so that `doctor` can run on it
  /// without any traffic leaving the machine.
  static func onLoopback(_ folder: TemporaryFolder, _ text: String) throws -> String {
    let port = try Loopback.freePort()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("full address") }
    return try folder.write("loopback.rdp", text: "full address:s:127.0.0.1:\(port)\n" + lines.joined(separator: "\n"))
  }

  static let secrets = [
    "Hunter2Plain", "01000000D08C9DDF0115D1118C7A00C04FC297EB", "eyJSECRETTOKEN", "ClearSecret9", "Sp4ced",
    "UnparsedSecret7",
    "UnparsedTok8", "LookalikeSecret3", "NbspSecret4",
  ]
  /// Secrets in settings, in lines that are not settings (`password:x:…`), and behind keys that
  /// only look like secret keys (a Cyrillic `а`, a no-break space).
  static let secretFile = """
    full address:s:ts.example.com:3389
    password:x:UnparsedSecret7
    gatewayaccesstoken:S:UnparsedTok8
    p\u{0430}ssword:s:LookalikeSecret3
    gatewayaccesstoken\u{A0}:s:NbspSecret4
    password:s:Hunter2Plain
    password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB
    gatewayaccesstoken:s:eyJSECRETTOKEN
    clearpassword:s:ClearSecret9
    Password :s: Sp4ced
    authentication level:i:0

    """

  @Test("secrets are masked by every command and format unless --show-secrets")
  func secretsNeverPrinted() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.secretFile)
    let runs: [[String]] = [
      ["lint", path], ["lint", "--format", "json", path], ["lint", "--format", "sarif", path],
      ["show", path], ["show", "--json", path], ["get", path, "password"], ["get", path, "password 51"],
      ["get", path, "gatewayaccesstoken"], ["get", path, "clearpassword"],
      ["fix", "--unsafe-fixes", "--diff", "--dry-run", path],
      ["fix", "--unsafe-fixes", "--format", "json", "--diff", "--dry-run", path],
      ["fix", "--use-ip", "--resolve", "ts.example.com=192.0.2.1", "--diff", "--dry-run", path],
      ["set", path, "password:s:NewSecret1", "--dry-run"], ["unset", path, "password 51", "--dry-run"],
      ["verify", path], ["verify", "--format", "json", path],
      ["doctor", try Self.onLoopback(folder, Self.secretFile), "--timeout", "1"],
      ["doctor", "--format", "json", try Self.onLoopback(folder, Self.secretFile), "--timeout", "1"],
    ]
    for arguments in runs {
      let result = runTool(arguments)
      #expect(result.exitCode != .usage, "\(arguments): \(result.errors)")
      let printed = result.output + result.errors
      for secret in Self.secrets + ["NewSecret1"] {
        #expect(!printed.contains(secret), "\(arguments) printed \(secret)")
      }
    }
    #expect(try folder.bytes("a.rdp") == Array(Self.secretFile.utf8))
    let shown = runTool(["show", "--show-secrets", path]).output
    #expect(Self.secrets.allSatisfy(shown.contains), "--show-secrets shows them")
    #expect(runTool(["get", "--show-secrets", path, "password"]).output == "Hunter2Plain\n")
  }

  @Test("a file that cannot be opened for reading: one line each, exit 2, nothing written, the rest done")
  func readDenied() throws {
    let folder = try TemporaryFolder()
    let text = "full address:s:ts.example.com\nauthentication level:i:0\n"
    let path = try folder.write("a.rdp", text: text)
    let operations = FaultyFileOperations()
    operations.failOpen = EACCES
    for arguments in [["lint", path], ["show", path], ["fix", path], ["set", path, "server port:i:3390"]] {
      let result = runTool(arguments, fileOperations: operations)
      #expect(result.exitCode == .failure, "\(arguments)")
      #expect(result.errors == "rdpfile: \(path): cannot read: Permission denied\n", "\(arguments): \(result.errors)")
    }
    #expect(try folder.bytes("a.rdp") == Array(text.utf8))
    #expect(try folder.listing() == ["a.rdp"])
  }
}
