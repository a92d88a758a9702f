#if !FUZZ_BUILD  // the fuzzer compiles this file into the library module itself
  @testable import RDPFile
#endif

/// The promises every input must keep, whatever its bytes: used by the fuzzer (`Fuzz/`) and by
/// the regression tests built from what the fuzzer found.
///
/// For arbitrary bytes: parsing then serializing gives the same bytes; parsing is
/// deterministic; lint findings have sane positions and short, escaped messages; no renderer
/// lets a control character through; every fixer result re-parses to itself and is a fixed
/// point; a failed or refused rewrite leaves the document as it was; signing signs exactly what
/// verification rebuilds.
package enum SelfCheck {
  static let linter = Linter()
  static let fixers = [Fixer(), Fixer(allowUnsafe: true)]
  /// A triage for an organisation, with its rules on.
  private static let triage = Triage(policy: TriagePolicy(allowedDomains: ["contoso.example"]))

  /// Rule metadata is rendered once, not per input.
  static let sarifRenderer = SARIFRenderer(rules: RuleRegistry.infos, toolVersion: "self-check")
  static let resolver = StaticResolver(["ts.example.com": ["192.0.2.1"], "host": ["2001:db8::1"]])
  static let plan = RewritePlan(
    workarounds: [
      .useIPAddress(.any), .disableNLA, .authenticationLevel(0),
      .set(Setting(key: "server port", type: .integer, value: "3390")),
      .unset("username"), .secureDefaults,
    ], fixer: Fixer(allowUnsafe: true), stripSignature: true)
  static let signer = DocumentSigner(signer: EchoSigner())

  /// A stand-in signer: its "signature" is a fixed, well-formed CMS-shaped prefix and the content.
  struct EchoSigner: ContentSigner, SignatureVerifier {
    func sign(_ content: [UInt8]) throws(SigningError) -> [UInt8] { [0x04, 0x00] + content }
    func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck {
      cms == [0x04, 0x00] + content ? .matches : .doesNotMatch("different content")
    }
  }

  /// Every broken promise for `bytes`, in words; empty when all hold.
  package static func violations(of bytes: [UInt8]) -> [String] {
    var found: [String] = []
    func check(_ condition: Bool, _ message: @autoclosure () -> String) {
      if !condition { found.append(message()) }
    }
    let document = RDPDocument(bytes: bytes)
    check(document.serialized() == bytes, "serialize(parse(b)) != b")
    check(RDPDocument(bytes: document.serialized()) == document, "parsing is not deterministic")
    _ = document.effective.connection.host

    let diagnostics = linter.lint(document)
    for diagnostic in diagnostics {
      check(
        diagnostic.range.line >= 1 && diagnostic.range.startColumn >= 1,
        "\(diagnostic.ruleID): bad range \(diagnostic.range)")
      check(unescaped(diagnostic.message) == nil, "\(diagnostic.ruleID): unescaped character in the message")
      check(
        diagnostic.message.count < 1000, "\(diagnostic.ruleID): a message of \(diagnostic.message.count) characters")
    }
    let report = FileReport(path: "input.rdp", document: document, diagnostics: diagnostics)
    let triageReport = triage.triage(document)
    check(
      triageReport.risk == (triageReport.reasons.map(\.risk).max() ?? .low),
      "the triage risk is not the highest of its reasons")
    var sarif = sarifRenderer
    var json = LintJSONRenderer(toolVersion: "self-check")
    let outputs = [
      ("lint text", DiagnosticRenderer().render(report)), ("lint JSON", json.append(report)),
      ("SARIF", sarif.append(report)),
      ("show text", DocumentRenderer(path: "input.rdp").text(document)),
      ("show JSON", DocumentRenderer(path: "input.rdp").json(document).rendered()),
      ("triage text", TriageTextRenderer().render(path: "input.rdp", report: triageReport)),
      ("triage JSON", TriageJSONRenderer.file(path: "input.rdp", report: triageReport).rendered()),
    ]
    for (name, output) in outputs {
      if let scalar = unescaped(output) {
        found.append("unescaped U+\(String(scalar.value, radix: 16, uppercase: true)) in \(name) output")
      }
    }

    for fixer in fixers {
      let outcome = fixer.fix(document)
      if outcome.failure != nil {
        check(outcome.document == document, "a failed fix changed the document")
        continue
      }
      let fixed = outcome.document
      check(RDPDocument(bytes: fixed.serialized()) == fixed, "the fixed document does not round-trip")
      check(fixer.fix(fixed).document == fixed, "fix(fix(x)) != fix(x)")
      check(
        unescaped(UnifiedDiff().render(from: document, to: fixed, path: "input.rdp")) == nil,
        "unescaped character in a diff")
    }

    // Signatures: inspection never fails, and what signing signs is what verification rebuilds.
    var inspection = SignatureInspection(document)
    inspection.verify(with: EchoSigner())
    for problem in inspection.problems {
      check(unescaped(problem.description) == nil, "unescaped character in a signature problem")
    }
    _ = try? Certificate(der: bytes)
    _ = try? CMSSignedData(der: bytes)
    if let signed = try? signer.sign(document).document {
      check(RDPDocument(bytes: signed.serialized()) == signed, "the signed document does not round-trip")
      let signedInspection = SignatureInspection(signed)
      check(signedInspection.content?.missingNames == [], "a freshly signed file does not rebuild its scope")
      check(
        signedInspection.block?.cms == signedInspection.content.map { [0x04, 0x00] + $0.bytes },
        "the signature does not sign the content verification rebuilds")
      check(
        signedInspection.problems.allSatisfy { $0.code == "malformed-signature" },
        "a freshly signed file has problems: \(signedInspection.problems)")
    }

    let rewritten = plan.apply(to: document, resolver: resolver)
    switch rewritten.status {
    case .changed:
      check(
        RDPDocument(bytes: rewritten.serialized) == rewritten.document, "the rewritten document does not round-trip")
    case .unchanged:
      check(rewritten.document == document, "an unchanged outcome with a changed document")
    case .refused, .failed:
      check(rewritten.document == document, "a refused or failed rewrite changed the document")
    }
    found += doctorViolations(of: bytes)
    return found
  }

  /// The first character in `output` that must not reach a terminal (line feeds separate lines).
  private static func unescaped(_ output: String) -> Unicode.Scalar? {
    output.unicodeScalars.first { $0 != "\n" && TextEscaper.needsEscape($0) }
  }
}
