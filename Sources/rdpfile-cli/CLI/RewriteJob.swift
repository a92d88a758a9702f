import RDPFile

/// What every writing command (`fix`, `set`, `unset`, `sign`) does to one file: read it under
/// the run's limits, apply the plan (which refuses binary content and unreadable encodings,
/// guards signatures and proves the result reads back the same), then write it through
/// ``FileReplacer`` or only report what would change.
struct RewriteJob: Sendable {
  var plan: RewritePlan
  var mode: BatchRewrite.Mode
  var reader: FileReader
  var replacer: FileReplacer
  var resolver: any HostResolver
  var diff: UnifiedDiff?

  func run(_ entry: PathWalker.Entry) -> FileFixReport {
    switch entry {
    case .standardInput:
      return FileFixReport(path: "-", status: .failed("standard input cannot be rewritten in place"))
    case .failure(let error):
      return FileFixReport(path: error.path, status: .failed(error.description))
    case .file(let location):
      guard !Interruption.shared.isRequested else { return FileFixReport(path: location.path, status: .notProcessed) }
      let snapshot: FileSnapshot
      do throws(FileError) {
        snapshot = try reader.read(location, keepOpen: true)
      } catch {
        return FileFixReport(path: location.path, status: .failed(error.description))
      }
      defer { if let descriptor = snapshot.descriptor { _ = reader.operations.close(descriptor) } }
      return MemoryBudget.shared.whileHolding(snapshot.bytes.count) { rewrite(snapshot) }
    }
  }

  private func rewrite(_ snapshot: FileSnapshot) -> FileFixReport {
    let path = snapshot.path
    let outcome = plan.apply(to: RDPDocument(bytes: snapshot.bytes), resolver: resolver)
    var report = FileFixReport(path: path, status: .unchanged, changes: outcome.changes)
    switch outcome.status {
    case .unchanged: return report
    case .refused(let reason):
      report.status = .refused(reason)
      return report
    case .failed(let reason):
      report.status = .failed(reason)
      return report
    case .changed: break
    }
    report.diff = diff?.render(from: outcome.original, to: outcome.document, path: path)
    guard mode == .write else {
      report.status = .wouldChange
      return report
    }
    let plan = plan
    let resolver = resolver
    do throws(FileError) {
      let result = try replacer.replace(snapshot, with: outcome.serialized) { current in
        let again = plan.apply(to: RDPDocument(bytes: current), resolver: resolver)
        return again.status == .changed ? again.serialized : nil
      }
      switch result {
      case .replaced(let backup): report.status = .changed(backup: backup)
      case .alreadyDone:
        report.status = .unchanged
        report.changes = []
      }
    } catch {
      if case .interrupted = error {
        report.status = .notProcessed
      } else {
        report.status = .failed(error.description)
      }
    }
    return report
  }
}
