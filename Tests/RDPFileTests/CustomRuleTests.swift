import RDPFile
import Testing

/// A rule written outside the library, through its public API only.
struct NoPrinterRedirection: LintRule {
  static let id = "RDP900"
  static let name = "no-printer-redirection"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks: "redirectprinters:i:1.", whyItMatters: "Our print servers are elsewhere.",
    example: "redirectprinters:i:1", fix: "Sets it to 0.")

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let line = context.effectiveLine(forKey: "redirectprinters"), line.integer.value == 1 else { return [] }
    let fix = Fix(
      title: "Set redirectprinters to 0", applicability: .safe,
      edits: [.replaceValue(line: line.index, syntax: line.syntax, with: "0")])
    return [diagnostic("printers are redirected", at: context.valueRange(line), fix: fix)]
  }
}

@Suite("Rules of one's own")
struct CustomRuleTests {
  let document = RDPDocument(text: "full address:s:ts.example.com\nredirectprinters:i:1\n")

  @Test("Linter(rules:) runs a rule written outside the library, alone or with the built-in ones")
  func linterRunsCustomRules() {
    let alone = Linter(rules: [NoPrinterRedirection()]).lint(document)
    #expect(alone.map(\.ruleID) == ["RDP900"])
    #expect(alone.first?.range == SourceRange(line: 2, startColumn: 20, endColumn: 21))
    #expect(alone.first?.message == "printers are redirected")
    let weak = RDPDocument(text: "full address:s:ts.example.com\nredirectprinters:i:1\nauthentication level:i:0\n")
    let together = Linter(rules: Linter.builtInRules + [NoPrinterRedirection()]).lint(weak)
    #expect(together.map(\.ruleID) == ["RDP900", "RDP101"], "the built-in rules still run")
    #expect(
      Linter(rules: [NoPrinterRedirection()], selection: RuleSelection(ignore: ["RDP900"])).lint(document).isEmpty)
  }

  @Test("Fixer(rules:) applies its fix, checked against the client models like any other")
  func fixerAppliesCustomFixes() {
    let outcome = Fixer(rules: [NoPrinterRedirection()]).fix(document)
    #expect(outcome.failure == nil)
    // Printer redirection is part of what the client models compare, so the fix labelled safe
    // changes a connection: the fixer treats it as unsafe and leaves it.
    #expect(!outcome.changed)
    let unsafe = Fixer(rules: [NoPrinterRedirection()], allowUnsafe: true).fix(document)
    #expect(String(decoding: unsafe.document.serialized(), as: UTF8.self).hasSuffix("redirectprinters:i:0\n"))
    #expect(unsafe.applied.map(\.ruleID) == ["RDP900"])
  }
}
