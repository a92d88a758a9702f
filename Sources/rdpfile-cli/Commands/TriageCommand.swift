import RDPFile

/// `rdpfile triage`: what an incoming file will do to whoever opens it.
struct TriageCommand: Command {
  static let name = "triage"
  static let summary =
    "Judge incoming files: where they connect, what they hand over and start, who signed them, and the risk."
  static let usage =
    "rdpfile triage PATH... [--format text|json|sarif] [--allow-domain DOMAIN]... [--trust-thumbprint SHA256]... [--trust-ca FILE] [--fail-on low|medium|high]"
  static let help = """
    Reads each file offline (nothing is contacted) and reports what the Windows dialog would
    show and what FreeRDP would do without asking: the destination per client, the publisher
    (signed, intact, subject, issuer, validity, SHA-1 and SHA-256 thumbprints, trusted or not),
    the local resources the file turns on (from the file or Microsoft's documented default),
    what it starts, where credentials go, and the indicators for blocklists. The risk is low,
    medium or high, with the findings that decided it (rules RDP8xx and the security,
    credential, signing and parser-confusion rules; 'rdpfile explain ID' for each).

    options:
      --format FORMAT          text (default), json or sarif (SARIF 2.1.0)
    \(PolicyOptions.help)
      --fail-on RISK           the lowest risk that makes the exit status 1: low, medium
                               (default) or high
      --openssl PATH           the openssl program (default: openssl on PATH; without one,
                               signatures are not checked and no thumbprints are computed)
      --follow-symlinks, --hidden, --jobs N, --max-size BYTES   as for lint

    exit status: 0 every file below --fail-on, 1 some file at or above it, 2 a file could
    not be read (the others are still triaged), 64 usage error.
    """

  enum Format: String { case text, json, sarif }

  var paths: [String] = []
  var format = Format.text
  var trust = PolicyOptions()
  var failOn = Risk.medium
  var openssl: String?
  var walk = WalkOptions()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      if try walk.consume(argument, from: &scanner) { continue }
      if try trust.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option("--format", let inline):
        let value = try scanner.value(of: "--format", inline: inline)
        guard let parsed = Format(rawValue: value) else {
          throw UsageError("--format takes text, json or sarif, not '\(TextEscaper.escape(value))'")
        }
        format = parsed
      case .option("--fail-on", let inline):
        let value = try scanner.value(of: "--fail-on", inline: inline)
        guard let risk = Risk(rawValue: value) else {
          throw UsageError("--fail-on takes low, medium or high, not '\(TextEscaper.escape(value))'")
        }
        failOn = risk
      case .option("--openssl", let inline): openssl = try scanner.value(of: "--openssl", inline: inline)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    try UsageError.requirePaths(paths)
  }

  func run(in context: CommandContext) -> ExitCode {
    let verifier: OpenSSLVerifier?
    switch trust.signatureVerifier(openssl: openssl, command: "triage", in: context) {
    case .ready(let found): verifier = found
    case .failed: return .failure
    }
    if verifier == nil {
      context.error("triage: openssl was not found: signatures are not checked and no thumbprints are computed")
    }
    let triage = Triage(
      policy: trust.policy(enabled: true), signatureVerifier: verifier, now: SystemClock.now)
    var json = TriageJSONRenderer()
    var sarif = SARIFRenderer(rules: RuleRegistry.infos, toolVersion: RDPFileTool.version)
    let text = TriageTextRenderer()
    var counts: [Risk: Int] = [:]
    var unreadable = 0
    switch format {
    case .json: context.output.write(json.begin())
    case .sarif: context.output.write(sarif.begin())
    case .text: break
    }
    walk.processor(context).forEachDocument(paths) { path, document in
      Outcome.triaged(path, document, triage.triage(document))
    } failure: { error in
      Outcome.unreadable(error.path, error.description)
    } consume: { outcomes in
      for outcome in outcomes {
        switch outcome {
        case .triaged(let path, let document, let report):
          counts[report.risk, default: 0] += 1
          switch format {
          case .json: context.output.write(json.append(path: path, report: report))
          case .sarif:
            context.output.write(sarif.append(Self.sarifReport(path: path, document: document, report: report)))
          case .text: context.output.write(text.render(path: path, report: report) + "\n")
          }
        case .unreadable(let path, let message):
          unreadable += 1
          switch format {
          case .json: context.output.write(json.append(path: path, failure: message))
          case .sarif: context.output.write(sarif.append(FileReport(path: path, failure: message)))
          case .text: context.error(message)
          }
        }
      }
    }
    switch format {
    case .json: context.output.write(json.end())
    case .sarif: context.output.write(sarif.end())
    case .text:
      let total = counts.values.reduce(0, +) + unreadable
      context.output.line(
        "triaged \(total) file\(total == 1 ? "" : "s"): \(counts[.high] ?? 0) high, \(counts[.medium] ?? 0) medium, \(counts[.low] ?? 0) low, \(unreadable) unreadable"
      )
    }
    let failing = counts.filter { $0.key >= failOn }.values.reduce(0, +)
    return .of(failures: unreadable, findings: failing)
  }

  /// What one file gave.
  enum Outcome: Sendable {
    case triaged(String, RDPDocument, TriageReport)
    case unreadable(String, String)
  }

  /// The reasons as SARIF results: each at the level of its risk, without fixes.
  static func sarifReport(path: String, document: RDPDocument, report: TriageReport) -> FileReport {
    let diagnostics = report.reasons.map { reason in
      var diagnostic = reason.diagnostic
      diagnostic.severity = reason.risk.severity
      diagnostic.fix = nil
      return diagnostic
    }
    return FileReport(path: path, document: document, diagnostics: diagnostics)
  }
}
