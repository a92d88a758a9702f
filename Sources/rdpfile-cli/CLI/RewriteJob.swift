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

  /// One file's way through a run: finished, or its new file written and waiting for the
  /// batch's flush and swap (``BatchCommit``).
  enum Step: Sendable {
    case finished(FileFixReport)
    case pending(FileFixReport, FileReplacer.Pending)
  }

  func prepare(_ entry: PathWalker.Entry) -> Step {
    switch entry {
    case .standardInput:
      return .finished(FileFixReport(path: "-", status: .failed("standard input cannot be rewritten in place")))
    case .failure(let error):
      return .finished(FileFixReport(path: error.path, status: .failed(error.description)))
    case .file(let location):
      guard !Interruption.shared.isRequested else {
        return .finished(FileFixReport(path: location.path, status: .notProcessed))
      }
      let snapshot: FileSnapshot
      do throws(FileError) {
        snapshot = try reader.read(location, keepOpen: true)
      } catch {
        return .finished(FileFixReport(path: location.path, status: .failed(error.description)))
      }
      return MemoryBudget.shared.whileHolding(snapshot.bytes.count) { rewrite(snapshot) }
    }
  }

  /// Applies the plan; hands the snapshot's descriptor to the replacer, or closes it.
  private func rewrite(_ snapshot: FileSnapshot) -> Step {
    let path = snapshot.path
    let outcome = plan.apply(to: RDPDocument(bytes: snapshot.bytes), resolver: resolver)
    var report = FileFixReport(path: path, status: .unchanged, changes: outcome.changes)
    func finished() -> Step {
      if let descriptor = snapshot.descriptor { _ = reader.operations.close(descriptor) }
      return .finished(report)
    }
    switch outcome.status {
    case .unchanged: return finished()
    case .refused(let verdict):
      report.status = .refused(
        "\(verdict); not changed (--strip-signature removes the signature and allows the change)")
      return finished()
    case .failed(let reason):
      report.status = .failed(reason)
      return finished()
    case .changed: break
    }
    report.diff = diff?.render(from: outcome.original, to: outcome.document, path: path)
    guard mode == .write else {
      report.status = .wouldChange
      return finished()
    }
    let plan = plan
    let resolver = resolver
    do throws(FileError) {
      let pending = try replacer.prepare(snapshot, with: outcome.serialized) { current in
        let again = plan.apply(to: RDPDocument(bytes: current), resolver: resolver)
        return again.status == .changed ? again.serialized : nil
      }
      return .pending(report, pending)
    } catch {
      report.status = error.isInterruption ? .notProcessed : .failed(error.description)
    }
    return .finished(report)
  }
}
