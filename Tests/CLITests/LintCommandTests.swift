import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

@Suite("rdpfile lint, rules, explain")
struct LintCommandTests {
  static let risky =
    "full address:s:192.0.2.10\r\nauthentication level:i:0\r\nenablecredsspsupport:i:0\r\npassword 51:b:0102DEADBEEF\r\n"

  @Test("text output: location, excerpt with marker, help line, summary")
  func textOutput() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("r.rdp", text: Self.risky, encoding: .utf16LittleEndian, bom: true)
    let result = runTool(["lint", path])
    #expect(result.exitCode == .findings)
    #expect(result.output.contains("\(path):2:24: warning[RDP101] authentication level is 0"))
    #expect(result.output.contains("2 | authentication level:i:0\n  |                        ^\n"))
    #expect(
      result.output.contains(
        "help: Set authentication level to 2 (warn when the server cannot be verified; the user may now see a warning) (unsafe fix: needs --unsafe-fixes)"
      ))
    #expect(result.output.contains("password 51:b:********"))
    #expect(!result.output.contains("DEADBEEF"))
    #expect(
      result.output.hasSuffix(
        "checked 1 file: 1 error, 3 warnings, 1 info; 4 fixable with 'rdpfile fix --unsafe-fixes', which change connections\n"
      ))
    #expect(!result.output.contains("\u{1B}["), "no colour when not on a terminal")
  }

  @Test("clean files exit 0; --min-severity and --select/--ignore filter")
  func filtering() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("r.rdp", text: Self.risky)
    let clean = try folder.write("c.rdp", text: "full address:s:ts.example.com\nauthentication level:i:1\n")
    #expect(runTool(["lint", clean]).exitCode == .success)
    let errors = runTool(["lint", path, "--min-severity", "error", "--quiet"])
    #expect(errors.output.split(separator: "\n").allSatisfy { $0.contains(": error[") })
    #expect(errors.exitCode == .findings)
    let selected = runTool(["lint", path, "--select", "RDP1", "--ignore", "downgrade-pair", "--quiet"])
    #expect(selected.output.contains("[RDP101]") && selected.output.contains("[RDP102]"))
    #expect(
      !selected.output.contains("[RDP103]") && !selected.output.contains("[RDP402]")
        && !selected.output.contains("[RDP202]"))
    let unknown = runTool(["lint", path, "--select", "RDP999"])
    #expect(unknown.exitCode == .usage)
    #expect(unknown.errors.contains("no rule matches 'RDP999'"))
  }

  @Test("folders are walked recursively for *.rdp in any case; one unreadable file does not stop the rest")
  func folders() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.rdp", text: Self.risky)
    try folder.write("sub/B.RDP", text: Self.risky)
    try folder.write("sub/notes.txt", text: "authentication level:i:0\n")
    try folder.write(".hidden/c.rdp", text: Self.risky)
    let result = runTool(["lint", folder.path, folder.path + "/missing.rdp", "--quiet"])
    #expect(result.exitCode == .failure)
    #expect(result.errors.contains("missing.rdp: cannot read: No such file or directory"))
    #expect(result.output.contains("/a.rdp:") && result.output.contains("/sub/B.RDP:"))
    #expect(!result.output.contains("notes.txt") && !result.output.contains(".hidden"))
    let aIndex = try #require(result.output.firstRange(of: "/a.rdp:"))
    let bIndex = try #require(result.output.firstRange(of: "/sub/B.RDP:"))
    #expect(aIndex.lowerBound < bIndex.lowerBound, "deterministic order")
  }

  @Test("standard input")
  func standardInput() {
    let result = runTool(
      ["lint", "-", "--quiet"], standardInput: Array("full address:s:ts.example.com\nauthentication level:i:0\n".utf8))
    #expect(result.output.hasPrefix("-:2:24: warning[RDP101]"))
  }

  @Test("JSON output has the documented shape")
  func jsonOutput() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("r.rdp", text: Self.risky, encoding: .utf16LittleEndian, bom: true)
    let result = runTool(["lint", "--format", "json", path, folder.path + "/gone.rdp"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(json["version"] as? Int == 1)
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.count == 1)
    #expect(files[0]["encoding"] as? String == "utf-16le")
    let diagnostics = try #require(files[0]["diagnostics"] as? [[String: Any]])
    let first = try #require(diagnostics.first { $0["rule"] as? String == "RDP101" })
    #expect(first["name"] as? String == "no-server-authentication")
    #expect(first["severity"] as? String == "warning")
    let range = try #require(first["range"] as? [String: Any])
    #expect(range["line"] as? Int == 2 && range["startColumn"] as? Int == 24 && range["endColumn"] as? Int == 25)
    let fix = try #require(first["fix"] as? [String: Any])
    #expect(fix["applicability"] as? String == "unsafe", "raising the level changes what clients do")
    let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
    #expect(edit["kind"] as? String == "replace" && edit["text"] as? String == "2" && edit["line"] as? Int == 2)
    let errors = try #require(json["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["files"] as? Int == 1 && summary["unreadable"] as? Int == 1 && summary["errors"] as? Int == 1)
    #expect(!result.output.contains("DEADBEEF"))
  }

  @Test(
    "SARIF output validates against the SARIF 2.1.0 schema",
    .enabled(if: SchemaValidator.available, SchemaValidator.absenceReason))
  func sarif() throws {
    let folder = try TemporaryFolder()
    try folder.write("r.rdp", text: Self.risky)
    try folder.write("name with space.rdp", text: "full address:s:ts.example.com\n# note\nfull address:s:x\n")
    var paths = [folder.path, folder.path + "/missing.rdp"]
    if TestPaths.hasSharedCorpus { paths.append(TestPaths.sharedCorpus.path) }
    let result = runTool(["lint", "--format", "sarif"] + paths)
    let problems = try SchemaValidator.validate(result.output)
    #expect(problems.isEmpty, "\(problems)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(rules.count == RuleRegistry.rules.count)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.contains { $0["ruleId"] as? String == "RDP101" && $0["level"] as? String == "warning" })
    #expect(results.contains { $0["fixes"] != nil })
    #expect(!result.output.contains("DEADBEEF"))
    // Paths become URI references: unreserved characters and `/` kept, every other byte of
    // their UTF-8 percent-encoded in upper case.
    #expect(result.output.contains("name%20with%20space.rdp\""))
    #expect(SARIFRenderer.percentEncoded("a/ä b%~.rdp") == "a/%C3%A4%20b%25~.rdp")
    #expect(SARIFRenderer.percentEncoded("") == "")
  }

  @Test("colour only on a terminal, and never with NO_COLOR or --no-color")
  func colour() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("r.rdp", text: Self.risky)
    func run(_ extra: [String], environment: [String: String]) -> String {
      let context = CommandContext(
        output: OutputSink(), errors: OutputSink(), environment: environment, outputIsTerminal: true,
        errorsIsTerminal: true, readStandardInput: { _ in ([], 0) })
      _ = RDPFileTool.run(["lint", path] + extra, in: context)
      return context.output.captured
    }
    #expect(run([], environment: [:]).contains("\u{1B}[1;33mwarning"))
    #expect(!run([], environment: ["NO_COLOR": "1"]).contains("\u{1B}["))
    #expect(!run(["--no-color"], environment: [:]).contains("\u{1B}["))
  }

  @Test("rules lists every rule; explain prints rule docs and property entries")
  func rulesAndExplain() {
    let rules = runTool(["rules"])
    #expect(rules.exitCode == .success)
    for info in RuleRegistry.infos { #expect(rules.output.contains("\(info.id)  \(info.name)")) }
    let explain = runTool(["explain", "RDP101"])
    #expect(explain.output.hasPrefix("RDP101 no-server-authentication (warning, security negotiation)"))
    #expect(explain.output.contains("Why it matters"))
    #expect(runTool(["explain", "credssp-disabled"]).output.hasPrefix("RDP102"))
    let property = runTool(["explain", "authentication level"])
    #expect(property.output.contains("authentication level (type i)"))
    #expect(property.output.contains("default: 3"))
    #expect(property.output.contains("covered by signing: yes, as 'Authentication Level' in signscope"))
    let typo = runTool(["explain", "promt", "for", "credentials"])
    #expect(typo.exitCode == .findings)
    #expect(typo.errors.contains("did you mean 'prompt for credentials'?"))
  }

  @Test("lint survives every file of Corpus/ and the real-world corpus")
  func corpora() {
    var paths = [TestPaths.corpus.path]
    if TestPaths.hasSharedCorpus { paths.append(TestPaths.sharedCorpus.path) }
    let result = runTool(["lint", "--quiet"] + paths)
    #expect(result.exitCode == .findings)
    #expect(result.errors.isEmpty)
  }
}
