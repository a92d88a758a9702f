import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Lint rules")
struct RuleTests {
  static let fixtures = RuleFixture.all

  func findings(_ id: String, in document: RDPDocument, policy: TriagePolicy = TriagePolicy()) -> [Diagnostic] {
    Linter(selection: RuleSelection(select: [id]), signatureVerifier: KnownSignatures.corpus, policy: policy).lint(
      document)
  }

  @Test("every rule fires on its fixture", arguments: fixtures)
  func fires(fixture: RuleFixture) throws {
    let diagnostics = findings(fixture.id, in: fixture.fires.document, policy: fixture.policy)
    #expect(!diagnostics.isEmpty, "\(fixture.id) did not fire")
    for diagnostic in diagnostics {
      #expect(diagnostic.ruleID == fixture.id)
      #expect(!diagnostic.message.isEmpty)
      #expect(diagnostic.range.line >= 1 && diagnostic.range.startColumn >= 1)
    }
  }

  @Test("each fixture's findings keep their pinned line, columns, severity, message and fix title")
  func pinnedFindings() throws {
    var output = ""
    for fixture in Self.fixtures {
      for diagnostic in findings(fixture.id, in: fixture.fires.document, policy: fixture.policy) {
        let range = diagnostic.range
        let fix = diagnostic.fix.map { " [\($0.applicability.rawValue) fix: \($0.title)]" } ?? ""
        output += "\(fixture.id) \(range.line):\(range.startColumn)-\(range.endColumn) "
        output += "\(diagnostic.severity.rawValue): \(diagnostic.message)\(fix)\n"
      }
    }
    try Snapshot("rule-fixtures.txt").expectMatches(output)
  }

  @Test("rule type names are their kebab-case names in UpperCamelCase (acronyms such as CredSSP kept)")
  func typeNamesMatchNames() {
    let mismatched = Linter.builtInRules.compactMap { rule -> String? in
      let typeName = String(describing: type(of: rule))
      let name = type(of: rule).name
      return typeName.lowercased() == name.replacingOccurrences(of: "-", with: "") ? nil : "\(typeName) (\(name))"
    }
    #expect(mismatched.isEmpty, "rules whose type name is not their name: \(mismatched)")
  }

  @Test("every rule stays quiet on its clean twin", arguments: fixtures)
  func quiet(fixture: RuleFixture) {
    let diagnostics = findings(fixture.id, in: fixture.clean.document, policy: fixture.policy)
    #expect(diagnostics.isEmpty, "\(fixture.id): \(diagnostics.map(\.message))")
  }

  @Test("fixes produce the expected file", arguments: fixtures.filter { $0.fixed != nil })
  func fixes(fixture: RuleFixture) throws {
    let expected = try #require(fixture.fixed).document
    let outcome = Fixer(selection: RuleSelection(select: [fixture.id]), allowUnsafe: true).fix(fixture.fires.document)
    #expect(outcome.failure == nil)
    #expect(
      outcome.document.serialized() == expected.serialized(), "\(fixture.id): got \(outcome.document.lines.map(\.text))"
    )
    #expect(
      findings(fixture.id, in: outcome.document, policy: fixture.policy).isEmpty,
      "\(fixture.id) still fires after its fix")
  }

  @Test("every rule has a fixture, and fixture fix expectations match declared fix availability")
  func coverage() {
    let ids = Set(Self.fixtures.map(\.id))
    for rule in RuleRegistry.infos {
      #expect(ids.contains(rule.id), "\(rule.id) has no fixture")
    }
    for fixture in Self.fixtures {
      let info = RuleRegistry.rule(fixture.id).map { type(of: $0).info }
      let fixes = findings(fixture.id, in: fixture.fires.document, policy: fixture.policy).compactMap(\.fix)
      switch info?.fixAvailability {
      case .always?:
        #expect(fixture.fixed != nil && !fixes.isEmpty, "\(fixture.id) declares a fix but its fixture has none")
      case .none?: #expect(fixture.fixed == nil && fixes.isEmpty, "\(fixture.id) declares no fix")
      default: break
      }
    }
  }

  @Test("metadata: at least 45 rules, unique well-formed ids and names, complete documentation")
  func metadata() throws {
    let rules = RuleRegistry.infos
    #expect(rules.count >= 45)
    #expect(Set(rules.map(\.id)).count == rules.count)
    #expect(Set(rules.map(\.name)).count == rules.count)
    let idPattern = try Regex("^RDP[1-8][0-9][0-9]$")
    let namePattern = try Regex("^[a-z0-9]+(-[a-z0-9]+)*$")
    for rule in rules {
      #expect(rule.id.wholeMatch(of: idPattern) != nil, "\(rule.id)")
      #expect(rule.name.wholeMatch(of: namePattern) != nil, "\(rule.name)")
      let docs = rule.documentation
      for section in [docs.whatItChecks, docs.whyItMatters, docs.example, docs.fix] {
        #expect(section.count >= 10, "\(rule.id) has a thin documentation section")
      }
    }
    #expect(rules.map(\.id) == rules.map(\.id).sorted(), "the registry lists rules in id order")
    for family in ["1", "2", "3", "4", "5", "6", "7", "8"] {
      #expect(rules.contains { $0.id.hasPrefix("RDP" + family) }, "family RDP\(family)xx is empty")
    }
  }

  @Test("library text names no command-line option: rule documentation, messages and fix titles on every corpus file")
  func noCommandLineOptions() throws {
    let option = try Regex("(^|[^A-Za-z0-9-])--[a-z]")
    for rule in RuleRegistry.infos {
      let docs = rule.documentation
      for section in [docs.whatItChecks, docs.whyItMatters, docs.example, docs.fix] {
        #expect(section.firstMatch(of: option) == nil, "\(rule.id): \(section)")
      }
    }
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    var checked = 0
    for file in files {
      let policy = TriagePolicy(allowedDomains: ["contoso.com"], isEnabled: true)
      for diagnostic in Linter(policy: policy).lint(RDPDocument(bytes: try TestPaths.bytes(file))) {
        checked += 1
        #expect(diagnostic.message.firstMatch(of: option) == nil, "\(diagnostic.ruleID): \(diagnostic.message)")
        if let title = diagnostic.fix?.title {
          #expect(title.firstMatch(of: option) == nil, "\(diagnostic.ruleID): \(title)")
        }
      }
    }
    #expect(checked > 1000, "only \(checked) findings checked")
  }

  @Test("declared fix availability holds on every corpus file: none never fixes, every fix has a title")
  func fixAvailabilityOnCorpora() throws {
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    let declared = Dictionary(uniqueKeysWithValues: RuleRegistry.infos.map { ($0.id, $0.fixAvailability) })
    for file in files {
      for diagnostic in Linter().lint(RDPDocument(bytes: try TestPaths.bytes(file))) {
        if declared[diagnostic.ruleID] == FixAvailability.none {
          #expect(diagnostic.fix == nil, "\(diagnostic.ruleID) in \(file.lastPathComponent)")
        }
        if declared[diagnostic.ruleID] == .always {
          #expect(diagnostic.fix != nil, "\(diagnostic.ruleID) in \(file.lastPathComponent)")
        }
        if let fix = diagnostic.fix { #expect(!fix.title.isEmpty && !fix.edits.isEmpty) }
      }
    }
  }

  @Test("no rule calls lowering security safe: fixes that set weaker values are never safe")
  func noSafeDowngrades() throws {
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    for file in files {
      let original = RDPDocument(bytes: try TestPaths.bytes(file))
      let fixed = Fixer().fix(original).document.effective.connection
      let before = original.effective.connection
      #expect(fixed.credSSP || !before.credSSP, "\(file.lastPathComponent): a safe fix turned CredSSP off")
      #expect(!(fixed.authenticationLevel == 0 && before.authenticationLevel != 0), "\(file.lastPathComponent)")
      // Only malformed addresses (a URL, doubled brackets) may be rewritten by a safe fix.
      let raw = original.effective.string(before.addressSource?.rawValue ?? "full address") ?? ""
      let malformed = raw.contains("://") || before.address?.malformedTail != nil
      #expect(fixed.host == before.host || malformed, "\(file.lastPathComponent): a safe fix changed the host")
      #expect(fixed.port == before.port, "\(file.lastPathComponent): a safe fix changed the port")
    }
  }

  @Test("messages never contain secret values")
  func noSecretsInMessages() {
    let document = RDPDocument(
      text:
        "full address:s:ts.example.com\npassword:s:S3cretValue\npassword 51:b:DEADBEEF01\ngatewayaccesstoken:s:TokenValue9\n GatewayPassword :s:Other5ecret\n"
    )
    for diagnostic in Linter().lint(document) {
      for secret in ["S3cretValue", "DEADBEEF01", "TokenValue9", "Other5ecret"] {
        #expect(!diagnostic.message.contains(secret), "\(diagnostic.ruleID): \(diagnostic.message)")
        #expect(!(diagnostic.fix?.title.contains(secret) ?? false))
      }
    }
  }

  @Test("explanations describe 0x904 / 0x7 as what they are")
  func explanationsAreHonest() {
    let text = RuleRegistry.infos.map { "\($0.documentation.whyItMatters) \($0.documentation.fix)" }.joined(
      separator: " ")
    let mentions904 = text.contains("0x904")
    let saysDenied = text.contains("the server denied the connection")
    #expect(mentions904 && saysDenied)
    for info in RuleRegistry.infos {
      #expect(!info.documentation.fix.lowercased().contains("certificate error"))
    }
  }
}
