import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// The README promises what the tool does; these keep the countable promises true.
@Suite("README")
struct ReadmeTests {
  private static func readme() throws -> String {
    try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
  }

  @Test("the commands table lists every command the tool has, and no other")
  func commandsTable() throws {
    let text = try Self.readme()
    let table = text.components(separatedBy: "## Commands")[1].components(separatedBy: "\n\n")[1]
    let listed = Set(
      table.split(separator: "\n").compactMap { row -> String? in
        guard row.hasPrefix("| `rdpfile ") else { return nil }
        return row.dropFirst("| `rdpfile ".count).split(separator: " ").first.map {
          String($0).replacingOccurrences(of: "`", with: "")
        }
      })
    let actual = Set(RDPFileTool.commands.map { $0.name }).union(["help"])
    #expect(listed == actual)
  }

  @Test("every rule count the README states is the number of rules")
  func ruleCounts() throws {
    let text = try Self.readme()
    let pattern = try Regex(#"(\d+) (lint )?rules"#)
    let counts = text.matches(of: pattern).compactMap { Int(text[$0.range].prefix { $0.isNumber }) }
    #expect(!counts.isEmpty, "the README states how many rules there are")
    for count in counts {
      #expect(count == RuleRegistry.infos.count, "README says \(count) rules; there are \(RuleRegistry.infos.count)")
    }
  }

  @Test("every command the README runs is one the tool has")
  func commandsInExamples() throws {
    let text = try Self.readme()
    let names = Set(RDPFileTool.commands.map { $0.name }).union(["help"])
    let pattern = try Regex(#"(?m)^\s*rdpfile ([a-z-]+)"#)
    for match in text.matches(of: pattern) {
      let line = text[match.range]
      let command = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
      guard !command.hasPrefix("-") else { continue }
      #expect(names.contains(command), "README runs `\(line)`, which is not a command")
    }
  }
}
