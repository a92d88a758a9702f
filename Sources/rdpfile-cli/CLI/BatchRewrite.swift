import RDPFile

/// The one way `fix`, `set`, `unset` and `sign` write: the output mode, backups, locks, hard
/// links, the report format and the walk; and the run itself (parallel, atomic, interruptible,
/// reported file by file, with the cost notes of whatever lowers or may break a connection).
struct BatchRewrite: Sendable {
  enum Mode: Sendable { case write, dryRun, diff, check }

  var mode = Mode.write
  var backupSuffix: String?
  var json = false
  var showSecrets = false
  var walk = WalkOptions()
  var sync = true
  var lockTimeout = 10.0
  var breakHardLinks = false

  /// Takes the argument when it is one of these options; returns whether it did.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError)
    -> Bool
  {
    if try walk.consume(argument, from: &scanner) { return true }
    switch argument {
    case .option("--dry-run", nil), .option("-n", nil): mode = mode == .write ? .dryRun : mode
    case .option("--diff", nil): mode = mode == .check ? .check : .diff
    case .option("--check", nil): mode = .check
    case .option("--backup", let inline):
      let suffix = try scanner.value(of: "--backup", inline: inline)
      guard !suffix.isEmpty, !suffix.contains("/"), !suffix.utf8.contains(0) else {
        throw UsageError("--backup needs a suffix such as .bak")
      }
      // A backup named like a connection file would be read (and rewritten) by the next run.
      guard !PathName.isConnectionFileName(Array(suffix.utf8)) else {
        throw UsageError(
          "--backup \(TextEscaper.escape(suffix)): a suffix ending in .rdp would make backups look like connection files; use something like .bak"
        )
      }
      backupSuffix = suffix
    case .option("--format", let inline):
      json = try scanner.format(inline: inline, allowing: ["text", "json"]) == "json"
    case .option("--show-secrets", nil): showSecrets = true
    case .option("--no-sync", nil): sync = false
    case .option("--lock-timeout", let inline):
      lockTimeout = Double(try scanner.integer(of: "--lock-timeout", inline: inline, in: 0...3600))
    case .option("--break-hardlinks", nil): breakHardLinks = true
    default: return false
    }
    return true
  }

  /// Applies `plan` to every file under `paths` and reports; returns the exit code.
  func run(_ plan: RewritePlan, on paths: [String], resolver: any HostResolver, in context: CommandContext) -> ExitCode
  {
    let restore = Interruption.shared.install()
    defer { restore() }
    let progress = Progress(enabled: context.errorsIsTerminal && !json)
    let operations = context.fileOperations
    let replacer = FileReplacer(
      operations: operations, sync: sync, lockTimeout: lockTimeout, breakHardLinks: breakHardLinks,
      backupSuffix: backupSuffix.map { Array($0.utf8) }, readLimit: walk.maxSize)
    let job = RewriteJob(
      plan: plan, mode: mode, reader: FileReader(operations: operations, limit: walk.maxSize), replacer: replacer,
      resolver: resolver, diff: mode == .diff ? UnifiedDiff(secrets: SecretPolicy(showSecrets: showSecrets)) : nil)
    var report = FixReport(mode: mode, json: json, notes: plan.costs)
    report.begin(context)
    // Files are prepared in parallel, a chunk at a time; each chunk is then made durable with
    // grouped flushes and swapped in, in order (see BatchCommit for why that is as safe).
    let commit = BatchCommit(replacer: replacer)
    walk.processor(context).forEach(paths) { entry in
      defer { progress.step() }
      return job.prepare(entry)
    } consume: { steps in
      for file in commit.finish(steps) { report.add(file, context) }
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
      --backup SUFFIX      keep each original as FILE+SUFFIX (never overwriting anything:
                           a taken name gets .1, .2, ...)
      --no-sync            do not flush files and folders to disk (faster; the replacement
                           is still atomic, but a power cut may lose it)
      --lock-timeout S     wait at most S seconds for a file another program locks (default
                           10); a file still locked is reported and skipped
      --break-hardlinks    replace files that have hard links (their other names keep the old
                           bytes); without it such files are reported and left alone
      --format text|json   per-file report format (default text)
      --show-secrets       show secret values in diffs
      --follow-symlinks, --hidden, --jobs N, --max-size BYTES   as in lint

    How it writes: only changed files are written, each through a new file created in the same
    folder with the original's owner, group, permissions, ACLs and extended attributes, flushed,
    and swapped in atomically; a save another program makes meanwhile is never overwritten (the
    file is reported and left as that program saved it). Files nobody may write, files owned by
    someone else (unless you are root) and files with hard links are left alone. Ctrl-C or
    SIGTERM stops between files.
    """
}
