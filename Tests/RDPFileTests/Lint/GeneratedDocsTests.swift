import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Generated files")
struct GeneratedDocsTests {
  @Test("docs/rules.md matches the rule types (regenerate: swift run rdpfile rules --format markdown > docs/rules.md)")
  func rulesReference() throws {
    let url = TestPaths.packageRoot.appendingPathComponent("docs/rules.md")
    let committed = try String(contentsOf: url, encoding: .utf8)
    let generated = RuleReference.markdownReference(RuleRegistry.infos)
    #expect(
      committed == generated, "docs/rules.md is stale: run `swift run rdpfile rules --format markdown > docs/rules.md`")
  }
}
