import Foundation
import TestSupport
import Testing

@testable import rdpfile_cli

/// Completions, the manual page and the pre-commit hooks, checked against what the built binary
/// itself prints for `--help`.
@Suite(
  "Completions, manual page and pre-commit hooks", .enabled(if: BuiltTool.executable != nil, "build rdpfile first"))
struct DistributionTests {
  static let commands = RDPFileTool.commands.map { $0.name }

  /// The options `rdpfile COMMAND --help` names, found with a pattern of the test's own.
  static func helpOptions(_ command: String) throws -> (help: String, options: Set<String>) {
    let result = try runBinary([command, "--help"])
    #expect(result.status == 0)
    let pattern = /(?:^|[^a-z0-9-])(--[a-z0-9][a-z0-9-]*)/
    return (result.output, Set(result.output.matches(of: pattern).map { String($0.output.1) }))
  }

  @Test("every shell's completions offer exactly the options each command's --help names")
  func completionsMatchHelp() throws {
    let scripts = try ["bash", "zsh", "fish"].map { shell in
      let result = try runBinary(["completions", shell])
      #expect(result.status == 0, "\(shell): \(result.errors)")
      return (shell, result.output)
    }
    for command in Self.commands {
      let expected = try Self.helpOptions(command).options.union(["--help"])
      for (shell, script) in scripts {
        let offered: Set<String>
        switch shell {
        case "fish":
          let lines = script.split(separator: "\n").filter { $0.contains("__fish_seen_subcommand_from \(command)'") }
          offered = Set(lines.compactMap { $0.split(separator: " ").last.map { "--" + $0 } })
        default:
          let line = try #require(
            script.split(separator: "\n").first {
              $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(command)) options=")
            },
            "\(shell) has no case for \(command)")
          let words = line.split(whereSeparator: { " =\"();".contains($0) }).filter { $0.hasPrefix("--") }
          offered = Set(words.map(String.init)).union(shell == "bash" ? ["--help"] : [])
        }
        #expect(
          offered == expected,
          "\(shell), \(command): offers \(offered.subtracting(expected).sorted()), misses \(expected.subtracting(offered).sorted())"
        )
      }
    }
    #expect(try runBinary(["completions", "tcsh"]).status == 64)
  }

  @Test("bash completes the commands and a command's options when it really runs the script")
  func bashCompletes() throws {
    let script = try runBinary(["completions", "bash"]).output
    let folder = try TemporaryFolder()
    let file = try folder.write("rdpfile.bash", Array(script.utf8))
    func complete(_ words: [String]) throws -> [String] {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let program =
        "source \(file); COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _rdpfile; printf '%s\\n' \"${COMPREPLY[@]}\""
      let result = try runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", program])
      #expect(result.status == 0, "\(result.errors)")
      return String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    #expect(Set(try complete(["rdpfile", ""])).isSuperset(of: Self.commands + ["help"]))
    #expect(try complete(["rdpfile", "tri"]) == ["triage"])
    #expect(try complete(["rdpfile", "lint", "--form"]) == ["--format"])
    #expect(Set(try complete(["rdpfile", "fix", "--use"])) == ["--use-ip"])
  }

  @Test("the other shells accept their scripts (zsh -n, fish -n), where installed")
  func otherShellsParse() throws {
    for (shell, path) in [("zsh", "/usr/bin/zsh"), ("fish", "/usr/bin/fish")] {
      guard FileManager.default.isExecutableFile(atPath: path) else {
        print("skipped: \(shell) is not installed, so its completion script is only compared with --help")
        continue
      }
      let folder = try TemporaryFolder()
      let file = try folder.write("rdpfile.\(shell)", Array(try runBinary(["completions", shell]).output.utf8))
      let result = try runProcess(URL(fileURLWithPath: path), ["-n", file])
      #expect(result.status == 0, "\(shell): \(result.errors)")
    }
  }

  @Test("the manual page holds each command's --help text verbatim, and man renders it cleanly")
  func manualPage() throws {
    let page = try runBinary(["manpage"]).output
    for command in Self.commands {
      let help = try Self.helpOptions(command).help
      let section = try #require(page.components(separatedBy: ".SS \(command)\n.nf\n").dropFirst().first, "\(command)")
      let body = try #require(section.components(separatedBy: "\n.fi\n").first)
      let text = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        Self.unescaped(String(line.hasPrefix("\\&") ? line.dropFirst(2) : line[...]))
      }.joined(separator: "\n")
      #expect(text + "\n" == help, "\(command): the manual page's text differs from --help")
    }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else {
      print("skipped: groff is not installed; the manual page was compared with --help only")
      return
    }
    let folder = try TemporaryFolder()
    let file = try folder.write("rdpfile.1", Array(page.utf8))
    let rendered = try runProcess(URL(fileURLWithPath: "/usr/bin/groff"), ["-man", "-Tutf8", "-ww", "-z", file])
    #expect(rendered.status == 0 && rendered.errors.isEmpty, "groff: \(rendered.errors)")
  }

  @Test(
    "pre-commit with the project's hooks refuses a commit of a file with an error and accepts a clean one",
    .enabled(
      if: DistributionTests.preCommit != nil, "pre-commit is not installed (pip install pre-commit; .ci/run does)"))
  func preCommitHooks() throws {
    let preCommit = try #require(Self.preCommit)
    let binary = try builtExecutable()
    let folder = try TemporaryFolder()
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["PRE_COMMIT_HOME"] = folder.url.appendingPathComponent("cache").path
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_AUTHOR_NAME"] = "test"
    environment["GIT_AUTHOR_EMAIL"] = "test@example.com"
    environment["GIT_COMMITTER_NAME"] = "test"
    environment["GIT_COMMITTER_EMAIL"] = "test@example.com"
    let git = URL(fileURLWithPath: "/usr/bin/git")
    func run(_ tool: URL, _ arguments: [String], in directory: String) throws -> (status: Int32, text: String) {
      let result = try runProcess(tool, arguments, environment: environment, directory: directory)
      return (result.status, String(decoding: result.output, as: UTF8.self) + result.errors)
    }
    // The hooks as a pre-commit user gets them: a repository whose commit holds this working
    // copy's .pre-commit-hooks.yaml.
    let hooks = folder.url.appendingPathComponent("hooks").path
    try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml").path,
      toPath: hooks + "/.pre-commit-hooks.yaml")
    for arguments in [["init", "-q"], ["add", "."], ["commit", "-q", "-m", "hooks"]] {
      #expect(try run(git, arguments, in: hooks).status == 0)
    }
    let revision = try run(git, ["rev-parse", "HEAD"], in: hooks).text.trimmingCharacters(in: .whitespacesAndNewlines)
    let repository = folder.url.appendingPathComponent("connections").path
    try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
    let config = """
      repos:
        - repo: \(hooks)
          rev: \(revision)
          hooks:
            - id: rdpfile-lint
            - id: rdpfile-fix-check

      """
    try Data(config.utf8).write(to: URL(fileURLWithPath: repository + "/.pre-commit-config.yaml"))
    #expect(try run(git, ["init", "-q"], in: repository).status == 0)
    let installed = try run(preCommit, ["install"], in: repository)
    #expect(installed.status == 0, "\(installed.text)")

    try Data("full address:s:ts01.contoso.com\r\nauthentication level:i:0\r\n".utf8)
      .write(to: URL(fileURLWithPath: repository + "/weak.rdp"))
    #expect(try run(git, ["add", "weak.rdp", ".pre-commit-config.yaml"], in: repository).status == 0)
    let refused = try run(git, ["commit", "-m", "weak"], in: repository)
    #expect(refused.status != 0, "a file with a finding is refused")
    #expect(refused.text.contains("RDP101"), "the hook's output names the finding: \(refused.text)")
    #expect(try run(git, ["rev-parse", "--verify", "-q", "HEAD"], in: repository).status != 0, "nothing was committed")

    try FileManager.default.removeItem(atPath: repository + "/weak.rdp")
    try Data("full address:s:ts01.contoso.com\r\n".utf8).write(to: URL(fileURLWithPath: repository + "/clean.rdp"))
    #expect(try run(git, ["add", "-A"], in: repository).status == 0)
    let accepted = try run(git, ["commit", "-m", "clean"], in: repository)
    #expect(accepted.status == 0, "a clean file is accepted: \(accepted.text)")
    #expect(accepted.text.contains("rdpfile lint") && accepted.text.contains("Passed"))
  }

  /// roff text back to plain text: `\-`, `\e` and `\[uXXXX]`, the only escapes the page uses.
  static func unescaped(_ line: String) -> String {
    var result = ""
    var rest = Substring(line)
    while let slash = rest.firstIndex(of: "\\") {
      result += rest[..<slash]
      let after = rest[rest.index(after: slash)...]
      if after.hasPrefix("-") {
        result += "-"
        rest = after.dropFirst()
      } else if after.hasPrefix("e") {
        result += "\\"
        rest = after.dropFirst()
      } else if after.hasPrefix("[u"), let close = after.firstIndex(of: "]"),
        let value = UInt32(after[after.index(after.startIndex, offsetBy: 2)..<close], radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.unicodeScalars.append(scalar)
        rest = after[after.index(after: close)...]
      } else {
        result += "\\"
        rest = after
      }
    }
    return result + rest
  }

  /// The `pre-commit` program, when installed.
  static let preCommit: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/root/.local/bin"] {
      let candidate = URL(fileURLWithPath: folder).appendingPathComponent("pre-commit")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()
}
