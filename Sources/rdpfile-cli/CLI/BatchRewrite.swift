import RDPFile

/// How `fix` and `sign` rewrite a batch of files: the output mode, backups, report format and
/// the walk; and the run itself (parallel, atomic, interruptible, reported file by file).
struct BatchRewrite: Sendable {
  var mode = FixCommand.Mode.write
  var backupSuffix: String?
  var json = false
  var showSecrets = false
  var walk = WalkOptions()
  var sync = true

  /// Takes the argument when it is one of these options; returns whether it did.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError) -> Bool {
    if try walk.consume(argument, from: &scanner) { return true }
    switch argument {
    case .option("--dry-run", nil), .option("-n", nil): mode = mode == .write ? .dryRun : mode
    case .option("--diff", nil): mode = mode == .check ? .check : .diff
    case .option("--check", nil): mode = .check
    case .option("--backup", let inline):
      let suffix = try scanner.value(of: "--backup", inline: inline)
      guard !suffix.isEmpty, !suffix.contains("/") else { throw UsageError("--backup needs a suffix such as .bak") }
      backupSuffix = suffix
    case .option("--format", let inline): json = try scanner.isJSONFormat(inline: inline)
    case .option("--show-secrets", nil): showSecrets = true
    case .option("--no-sync", nil): sync = false
    default: return false
    }
    return true
  }

  /// Applies `plan` to every file under `paths` and reports; returns the exit code.
  func run(_ plan: RewritePlan, on paths: [String], resolver: any HostResolver, in context: CommandContext) -> ExitCode {
    let restore = Interruption.shared.install()
    defer { restore() }
    let progress = Progress(enabled: context.errorsIsTerminal && !json)
    let job = FixJob(
      plan: plan, mode: mode, backupSuffix: backupSuffix, maxSize: walk.maxSize, operations: context.fileOperations,
      resolver: resolver, diff: mode == .diff ? UnifiedDiff(secrets: SecretPolicy(showSecrets: showSecrets)) : nil, sync: sync)
    var report = FixReport(mode: mode, json: json, notes: plan.costs)
    report.begin(context)
    walk.processor(context).forEach(paths) { entry in
      defer { progress.step() }
      return job.run(entry)
    } consume: { files in
      for file in files { report.add(file, context) }
    }
    progress.finish(on: context.errors)
    report.end(context, interruption: Interruption.shared.signal)
    return report.exitCode
  }

  static let help = """
    output and safety:
      --dry-run            report what would change, write nothing
      --diff               print a unified diff of each change, write nothing
      --check              write nothing; exit 1 when something would change (for CI)
      --backup SUFFIX      keep each original as FILE+SUFFIX
      --no-sync            do not flush each file to disk before the rename (faster; the
                           replacement is still atomic, but a power cut may lose it)
      --format text|json   per-file report format (default text)
      --show-secrets       show secret values in diffs
      --follow-symlinks, --hidden, --jobs N, --max-size BYTES   as in lint
    """
}
