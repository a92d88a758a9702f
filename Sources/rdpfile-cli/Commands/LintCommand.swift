import RDPFile

/// `rdpfile lint`: check files for the settings behind 0x904-family failures and more.
struct LintCommand: Command {
  static let name = "lint"
  static let summary = "Check files and folders of .rdp files for problems, with explanations and fixes."
  static let usage =
    "rdpfile lint PATH... [--format text|json|sarif] [--select RULES] [--ignore RULES] [--min-severity LEVEL] [--quiet]"
  static let help = """
    PATH may be a file, a folder (searched recursively for *.rdp in any letter case) or - for
    standard input. Each finding names the key, the value and what follows from it; many carry
    a fix, marked safe or unsafe (see 'rdpfile fix'). 'rdpfile rules' lists the rules and
    'rdpfile explain ID' prints one rule's documentation.

    options:
      --format FORMAT      text (default), json or sarif (SARIF 2.1.0)
      --select RULES       only these rules: ids (RDP101), prefixes (RDP1) or names, comma-separated
      --ignore RULES       skip these rules (same forms); wins over --select
      --min-severity L     report only findings at or above info, warning or error
      --quiet              one line per finding, no excerpts and no summary
      --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
      --show-secrets       show secret values in quoted lines instead of ********
      --follow-symlinks    follow symbolic links while walking folders
      --hidden             include hidden files and folders
      --jobs N             files checked in parallel (default: the number of processors)
      --max-size BYTES     refuse files larger than this (default 16 MiB)
      --openssl PATH       the openssl program for checking signatures (RDP508, RDP509;
                           default: openssl on PATH; without one, signatures are checked for
                           shape only)
    \(PolicyOptions.help)
                               With any of these three, or with --select naming them, the
                               triage rules (RDP8xx, see 'rdpfile triage') run too; RDP509
                               reports a signer the CA does not vouch for.

    exit status: 0 no findings at or above --min-severity, 1 findings, 2 a file could not be
    read (the others are still checked), 64 usage error.
    """

  enum Format: String { case text, json, sarif }

  var paths: [String] = []
  var format = Format.text
  var selection = RuleSelection()
  var quiet = false
  var noColor = false
  var showSecrets = false
  var walk = WalkOptions()
  var openssl: String?
  var trust = PolicyOptions()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      if try LintOptions.consume(argument, from: &scanner, selection: &selection) { continue }
      if try walk.consume(argument, from: &scanner) { continue }
      if try trust.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option("--format", let inline):
        let value = try scanner.value(of: "--format", inline: inline)
        guard let parsed = Format(rawValue: value) else {
          throw UsageError("--format takes text, json or sarif, not '\(value)'")
        }
        format = parsed
      case .option("--quiet", nil), .option("-q", nil): quiet = true
      case .option("--no-color", nil): noColor = true
      case .option("--show-secrets", nil): showSecrets = true
      case .option("--openssl", let inline): openssl = try scanner.value(of: "--openssl", inline: inline)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    try UsageError.requirePaths(paths)
  }

  func run(in context: CommandContext) -> ExitCode {
    // Signatures are checked cryptographically when openssl is at hand; it is not required.
    let verifier: OpenSSLVerifier?
    switch trust.signatureVerifier(openssl: openssl, command: "lint", in: context) {
    case .ready(let found): verifier = found
    case .failed: return .failure
    }
    // The triage rules run when the organisation is described or when they are asked for.
    let triageSelected = selection.selectsByName(family: "triage", in: RuleRegistry.infos)
    let policy = trust.policy(enabled: !trust.isEmpty || triageSelected)
    let linter = Linter(selection: selection, signatureVerifier: verifier, now: SystemClock.now, policy: policy)
    let processor = walk.processor(context)
    var summary = LintSummary()
    var json = LintJSONRenderer(toolVersion: RDPFileTool.version)
    var sarif = SARIFRenderer(rules: RuleRegistry.infos, toolVersion: RDPFileTool.version)
    let text = DiagnosticRenderer(
      color: context.colorOutput && !noColor, secrets: SecretPolicy(showSecrets: showSecrets), concise: quiet)
    switch format {
    case .json: context.output.write(json.begin())
    case .sarif: context.output.write(sarif.begin())
    case .text: break
    }
    // Each file's output is rendered by the worker that linted it; only the separators and
    // the summary are added in order.
    let format = format
    let files = sarif
    processor.forEachDocument(paths) { path, document -> (FileReport, [UInt8]) in
      let report = FileReport(path: path, document: document, diagnostics: linter.lint(document))
      switch format {
      case .json: return (report, LintJSONRenderer.rendered(report))
      case .sarif: return (report, files.rendered(report))
      case .text: return (report, text.rendered(report))
      }
    } failure: { error in
      (FileReport(path: error.path, failure: error.description), [])
    } consume: { reports in
      var chunk: [UInt8] = []
      for (report, rendered) in reports {
        summary.add(report)
        switch format {
        case .json: json.append(report, rendered: rendered, to: &chunk)
        case .sarif: sarif.append(report, rendered: rendered, to: &chunk)
        case .text:
          if let failure = report.failure {
            context.output.write(bytes: chunk)
            chunk.removeAll(keepingCapacity: true)
            context.error(failure)
          } else {
            chunk.append(contentsOf: rendered)
          }
        }
      }
      context.output.write(bytes: chunk)
    }
    switch format {
    case .json: context.output.write(json.end())
    case .sarif: context.output.write(sarif.end())
    case .text: if !quiet { context.output.line(summary.text) }
    }
    return .of(failures: summary.unreadable, findings: summary.findings)
  }
}
