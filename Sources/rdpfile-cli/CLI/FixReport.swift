import RDPFile

/// Reports a `fix` run as it goes: each file's result (text or JSON), then the cost notes, the
/// summary and the exit code. Only counts are kept, so memory does not grow with the run.
struct FixReport {
  var mode: BatchRewrite.Mode
  var json: Bool
  var notes: [String]
  private var counts: [String: Int] = [:]
  private var scanned = 0
  private var wroteFile = false

  init(mode: BatchRewrite.Mode, json: Bool, notes: [String]) {
    self.mode = mode
    self.json = json
    self.notes = notes
  }

  func count(_ label: String) -> Int { counts[label] ?? 0 }

  var exitCode: ExitCode {
    .of(
      failures: count("refused") + count("failed") + count("not-processed"),
      findings: mode == .check ? count("would-change") : 0)
  }

  func begin(_ context: CommandContext) {
    if json { context.output.write("{\n  \"version\": 1,\n  \"mode\": \"\(modeName)\",\n  \"files\": [") }
  }

  mutating func add(_ file: FileFixReport, _ context: CommandContext) {
    scanned += 1
    counts[file.status.label, default: 0] += 1
    if json {
      context.output.write((wroteFile ? "," : "") + "\n    " + Self.json(file).rendered(pretty: true, indent: 2))
      wroteFile = true
      return
    }
    let path = TextEscaper.escape(file.path)
    switch file.status {
    case .unchanged, .notProcessed:
      break
    case .changed(let backup):
      context.output.line("\(path): changed")
      for change in file.changes { context.output.line("  \(TextEscaper.escape(change))") }
      if let backup { context.output.line("  original kept as \(TextEscaper.escape(backup))") }
    case .wouldChange:
      context.output.line("\(path): would change")
      for change in file.changes { context.output.line("  \(TextEscaper.escape(change))") }
      if let diff = file.diff, !diff.isEmpty { context.output.write(diff) }
    case .refused(let reason):
      context.error("\(path): refused: \(reason)")
    case .failed(let reason):
      context.error(reason.hasPrefix(path) ? reason : "\(path): \(reason)")
    }
  }

  func end(_ context: CommandContext, interruption: Int32?) {
    let touched = count("changed") + count("would-change") > 0
    let shownNotes = touched ? notes : []
    if json {
      let summary: JSONValue = .object([
        ("scanned", .int(scanned)), ("changed", .int(count("changed"))), ("wouldChange", .int(count("would-change"))),
        ("unchanged", .int(count("unchanged"))), ("refused", .int(count("refused"))), ("failed", .int(count("failed"))),
        ("notProcessed", .int(count("not-processed"))),
      ])
      context.output.write(
        (wroteFile ? "\n  ]" : "]") + ",\n  \"notes\": "
          + JSONValue.array(shownNotes.map(JSONValue.string)).rendered(pretty: true, indent: 1)
          + ",\n  \"interrupted\": \(interruption != nil),\n  \"summary\": " + summary.rendered(pretty: true, indent: 1)
          + "\n}\n")
      return
    }
    for note in shownNotes { context.output.line("note: \(note)") }
    if let interruption {
      context.error(
        "interrupted by signal \(interruption): stopped between files; every file is either as it was or fully rewritten"
      )
    }
    context.output.line(summaryText)
  }

  var summaryText: String {
    let changed = mode == .write ? "\(count("changed")) changed" : "\(count("would-change")) would change"
    var text =
      "scanned \(scanned) file\(scanned == 1 ? "" : "s"): \(changed), \(count("unchanged")) unchanged, \(count("refused")) refused, \(count("failed")) failed"
    if count("not-processed") > 0 { text += ", \(count("not-processed")) not processed (interrupted)" }
    if mode != .write { text += "; nothing was written" }
    return text
  }

  private static func json(_ file: FileFixReport) -> JSONValue {
    var members: [(String, JSONValue)] = [("file", .string(file.path)), ("status", .string(file.status.label))]
    members.append(("changes", .array(file.changes.map(JSONValue.string))))
    switch file.status {
    case .refused(let message), .failed(let message): members.append(("message", .string(message)))
    default: members.append(("message", .null))
    }
    if case .changed(let backup?) = file.status { members.append(("backup", .string(backup))) }
    if let diff = file.diff { members.append(("diff", .string(diff))) }
    return .object(members)
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
