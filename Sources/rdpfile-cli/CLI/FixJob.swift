import RDPFile

/// The work `fix` does on one file: read, rewrite, check, write.
struct FixJob: Sendable {
  var plan: RewritePlan
  var mode: FixCommand.Mode
  var backupSuffix: String?
  var maxSize: Int
  var operations: any FileOperations
  var resolver: any HostResolver
  var diff: UnifiedDiff?
  var sync = true

  func run(_ entry: PathWalker.Entry) -> FileFixReport {
    switch entry {
    case .standardInput:
      return FileFixReport(path: "-", status: .failed("standard input cannot be fixed in place"))
    case .failure(let path, let error):
      return FileFixReport(path: path, status: .failed(error.description))
    case .file(let path):
      guard !Interruption.shared.isRequested else { return FileFixReport(path: path, status: .notProcessed) }
      let snapshot: FileSnapshot
      do throws(RDPFileError) {
        snapshot = try FileInput(reader: FileReader(operations: operations, limit: maxSize)).read(path, keepOpen: true)
      } catch {
        return FileFixReport(path: path, status: .failed(error.description))
      }
      defer { if let descriptor = snapshot.descriptor { _ = operations.close(descriptor) } }
      let outcome = plan.apply(to: RDPDocument(bytes: snapshot.bytes), resolver: resolver)
      var report = FileFixReport(path: path, status: .unchanged, changes: outcome.changes)
      switch outcome.status {
      case .unchanged:
        return report
      case .refused(let reason):
        report.status = .refused(reason)
        return report
      case .failed(let reason):
        report.status = .failed(reason)
        return report
      case .changed:
        break
      }
      report.diff = diff?.render(from: outcome.original, to: outcome.document, path: path)
      guard mode == .write else {
        report.status = .wouldChange
        return report
      }
      do throws(RDPFileError) {
        try AtomicFileWriter(operations: operations, sync: sync).replace(snapshot, with: outcome.serialized, backupSuffix: backupSuffix)
        report.status = .changed
      } catch {
        report.status = .failed(error.naming(path).description)
      }
      return report
    }
  }
}
