import RDPFile

/// The outcome of a whole `fix` run: per-file results, cost notes, summary and exit code.
struct FixReport {
  var files: [FileFixReport]
  var mode: FixCommand.Mode
  var notes: [String]
  var interruption: Int32?

  func count(_ label: String) -> Int { files.filter { $0.status.label == label }.count }

  var exitCode: ExitCode {
    if files.contains(where: { ["refused", "failed", "not-processed"].contains($0.status.label) }) { return .failure }
    if mode == .check, count("would-change") > 0 { return .findings }
    return .success
  }

  var summaryText: String {
    let changed = mode == .write ? "\(count("changed")) changed" : "\(count("would-change")) would change"
    var text = "scanned \(files.count) file\(files.count == 1 ? "" : "s"): \(changed), \(count("unchanged")) unchanged, \(count("refused")) refused, \(count("failed")) failed"
    if count("not-processed") > 0 { text += ", \(count("not-processed")) not processed (interrupted)" }
    if mode != .write { text += "; nothing was written" }
    return text
  }

  func writeText(to context: CommandContext) {
    for file in files {
      let path = TextEscaper.escape(file.path)
      switch file.status {
      case .unchanged, .notProcessed:
        continue
      case .changed, .wouldChange:
        context.output.line("\(path): \(file.status == .changed ? "changed" : "would change")")
        for change in file.changes { context.output.line("  \(change)") }
        if let diff = file.diff, !diff.isEmpty { context.output.write(diff) }
      case .refused(let reason):
        context.error("\(path): refused: \(reason)")
      case .failed(let reason):
        context.error(reason.hasPrefix(path) ? reason : "\(path): \(reason)")
      }
    }
    let touched = files.contains { $0.status == .changed || $0.status == .wouldChange }
    if touched {
      for note in notes { context.output.line("note: \(note)") }
    }
    if let interruption {
      context.error("interrupted by signal \(interruption): stopped between files; every file is either as it was or fully rewritten")
    }
    context.output.line(summaryText)
  }

  var json: JSONValue {
    .object([
      ("version", 1),
      ("mode", .string(modeName)),
      (
        "files",
        .array(
          files.map { file in
            var members: [(String, JSONValue)] = [("file", .string(file.path)), ("status", .string(file.status.label))]
            members.append(("changes", .array(file.changes.map(JSONValue.string))))
            switch file.status {
            case .refused(let message), .failed(let message): members.append(("message", .string(message)))
            default: members.append(("message", .null))
            }
            if let diff = file.diff { members.append(("diff", .string(diff))) }
            return .object(members)
          })
      ),
      ("notes", .array(notes.map(JSONValue.string))),
      ("interrupted", .bool(interruption != nil)),
      (
        "summary",
        .object([
          ("scanned", .int(files.count)), ("changed", .int(count("changed"))), ("wouldChange", .int(count("would-change"))),
          ("unchanged", .int(count("unchanged"))), ("refused", .int(count("refused"))), ("failed", .int(count("failed"))),
          ("notProcessed", .int(count("not-processed"))),
        ])
      ),
    ])
  }

  private var modeName: String {
    switch mode {
    case .write: "write"
    case .dryRun: "dry-run"
    case .diff: "diff"
    case .check: "check"
    }
  }
}
