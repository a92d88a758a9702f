import RDPFile

/// `rdpfile verify`: is each file signed, is the signature intact, who signed it, and is the
/// signer trusted.
struct VerifyCommand: Command {
  static let name = "verify"
  static let summary =
    "Check signed files: intact or broken (and why), the signer, its thumbprint, and whether it is trusted."
  static let usage =
    "rdpfile verify PATH... [--ca FILE] [--require-signed] [--require-trusted] [--format text|json] [--openssl PATH]"
  static let help = """
    For each file: unsigned; signed and intact; or signed and BROKEN, with the reason (a signed
    setting missing or changed, a damaged signature block, settings the signature does not cover
    or that were added after it). For signed files: the signer certificate's subject, issuer,
    validity and SHA-256 thumbprint (what the "Specify thumbprints of certificates representing
    trusted .rdp publishers" policy takes), the digest, whether the chain is trusted by the
    system's certificate store (or --ca), and what is wrong with the signer: expired, not yet
    valid, self-signed, a SHA-1 or MD5 digest, untrusted. 'rdpfile lint' reports the same signer
    verdicts (RDP509) and the same broken signatures (RDP508).

    The signed content is rebuilt as signing tools build it and checked by OpenSSL
    (openssl cms -verify); nothing is written.

    options:
      --ca FILE            trust only the CA certificates in FILE (PEM) instead of the system
                           store (a file that cannot be read or holds none is an error)
      --require-signed     count an unsigned file as a failure
      --require-trusted    count an unsigned file, and a signature whose chain is not trusted,
                           as failures (for CI gates)
      --format text|json   output format (default text)
      --openssl PATH       the openssl program to use (default: openssl on PATH)
      --follow-symlinks, --hidden, --jobs N, --max-size BYTES   as in lint

    PATH may be - for standard input.

    exit status: 0 every file intact (or unsigned, unless required), 1 some signature broken,
    untrusted with --require-trusted, or missing with --require-signed, 2 a file (or --ca) could
    not be read or checked (openssl missing, for example), 64 usage error.
    """

  var paths: [String] = []
  var caFile: String?
  var requireTrusted = false
  var requireSigned = false
  var json = false
  var openssl: String?
  var walk = WalkOptions()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      if try walk.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option("--ca", let inline): caFile = try scanner.value(of: "--ca", inline: inline)
      case .option("--require-trusted", nil): requireTrusted = true
      case .option("--require-signed", nil): requireSigned = true
      case .option("--format", let inline):
        json = try scanner.format(inline: inline, allowing: ["text", "json"]) == "json"
      case .option("--openssl", let inline): openssl = try scanner.value(of: "--openssl", inline: inline)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    try UsageError.requirePaths(paths)
  }

  func run(in context: CommandContext) -> ExitCode {
    let tool: OpenSSL
    do {
      tool = try OpenSSL.locate(openssl, environment: context.environment)
    } catch {
      context.error("verify: \(error.message)")
      return .failure
    }
    var anchors = OpenSSLVerifier.Anchors.system
    if let caFile {
      switch OpenSSLVerifier.anchors(fromFile: caFile, option: "--ca") {
      case .success(let found): anchors = found
      case .failure(let error):
        context.error(error.description)
        return .failure
      }
    }
    let verifier = OpenSSLVerifier(openssl: tool, environment: context.environment, anchors: anchors)
    let now = SystemClock.now
    let requireSigned = requireSigned || requireTrusted
    var missing = 0
    var counts: [FileSignatureReport.Status: Int] = [:]
    var first = true
    if json { context.output.write("{\n  \"version\": 1,\n  \"files\": [") }
    walk.processor(context).forEachDocument(paths) { path, document in
      FileSignatureReport.inspect(document, path: path, verifier: verifier, now: now)
    } failure: { error in
      FileSignatureReport(path: error.path, status: .error, error: error.description)
    } consume: { reports in
      for var report in reports {
        if requireTrusted, report.status == .intact, report.trust?.trusted == false {
          report.status = .broken
          report.problems.append(.untrusted(report.trust?.detail ?? "not trusted"))
        }
        counts[report.status, default: 0] += 1
        if requireSigned, report.status == .unsigned {
          missing += 1
          if !json { context.error("\(report.path): unsigned, and a signature is required") }
        }
        if json {
          context.output.write((first ? "" : ",") + "\n    " + report.json(now: now).rendered(pretty: true, indent: 2))
          first = false
          continue
        }
        context.output.write(report.text(now: now))
        if report.status == .error, let error = report.error {
          context.error(error.hasPrefix(report.path) ? error : "\(report.path): \(error)")
        }
      }
    }
    let total = counts.values.reduce(0, +)
    if json {
      let summary: JSONValue = .object(
        [("files", .int(total))]
          + [FileSignatureReport.Status.intact, .broken, .unsigned, .error].map { ($0.rawValue, .int(counts[$0] ?? 0)) }
      )
      context.output.write(
        (first ? "]" : "\n  ]") + ",\n  \"summary\": " + summary.rendered(pretty: true, indent: 1) + "\n}\n")
    } else {
      context.output.line(
        "checked \(total) file\(total == 1 ? "" : "s"): \(counts[.intact] ?? 0) intact, \(counts[.broken] ?? 0) broken, "
          + "\(counts[.unsigned] ?? 0) unsigned, \(counts[.error] ?? 0) not checked")
    }
    return .of(failures: counts[.error, default: 0], findings: counts[.broken, default: 0] + missing)
  }
}
