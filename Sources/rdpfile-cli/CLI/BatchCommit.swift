#if canImport(Glibc)
  import Glibc
#endif

/// Finishes a batch of prepared replacements with grouped flushes: one flush per file system
/// for all the new files, then the swaps in order, then one flush per folder.
///
/// Why this keeps every promise one flush per file kept (the crash-safety argument):
///
/// - **A rename happens only after its new content is durable.** Each new file is complete
///   (data, owner, mode, extended attributes) when it is prepared. `syncfs` on its file system
///   returns only when everything written to that file system before the call, those new files
///   included, is on stable storage; only then is any of them exchanged with its original.
///   A file system whose flush fails gets no exchange at all: its new files are removed and
///   their originals reported unchanged.
/// - **After a crash every file is wholly old or wholly new.** Until the exchange a name
///   holds its original, untouched; the exchange swaps two complete, durable files in one
///   step. A crash between the exchange and the folder flush may undo the exchange on disk,
///   which brings back the whole original, never a mix.
/// - **No temporary file is left behind after a clean exit.** Every prepared replacement is
///   either committed (its temporary name then holds the displaced original, which is
///   removed) or abandoned (its new file is removed), before the batch's reports are returned.
///   Only a crash can leave one, as it could with a flush per file.
/// - **The folder flush comes after its last exchange**, so the new names are durable when
///   the reports say "changed".
///
/// The lock and the re-check come at each file's commit, one file at a time, so two runs over
/// one share never hold locks on each other's next files; the run that commits second finds
/// the work done (or a change made under it) exactly as with a flush per file.
struct BatchCommit {
  var replacer: FileReplacer

  /// The reports for `steps`, in order, after committing or abandoning every pending one.
  func finish(_ steps: [RewriteJob.Step]) -> [FileFixReport] {
    let operations = replacer.operations
    // 1. One flush per file system makes every new file of the batch durable.
    var flushFailures: [UInt64: String] = [:]
    if replacer.sync {
      var flushed = Set<UInt64>()
      var perFile = Set<UInt64>()  // file systems without syncfs: each new file is flushed
      for case .pending(_, let pending) in steps {
        if flushed.insert(pending.device).inserted, operations.syncFileSystem(pending.temporary) != 0 {
          if errno == ENOSYS { perFile.insert(pending.device) } else { flushFailures[pending.device] = systemError() }
        }
        if perFile.contains(pending.device), flushFailures[pending.device] == nil,
          operations.fsync(pending.temporary) != 0
        {
          flushFailures[pending.device] = systemError()
        }
      }
    }
    // 2. The swaps, in order; 3. one flush per folder that changed.
    // The handles themselves are kept, so each folder stays open until it is flushed.
    var folders: [DirectoryHandle] = []
    var reports: [FileFixReport] = []
    reports.reserveCapacity(steps.count)
    for step in steps {
      switch step {
      case .finished(let report):
        reports.append(report)
      case .pending(var report, let pending):
        if Interruption.shared.isRequested {
          replacer.abandon(pending)
          report.status = .notProcessed
        } else if let reason = flushFailures[pending.device] {
          replacer.abandon(pending)
          report.status = .failed(FileError.cannotWrite(path: pending.snapshot.path, reason: reason).description)
        } else {
          do throws(FileError) {
            switch try replacer.commit(pending) {
            case .replaced(let backup): report.status = .changed(backup: backup)
            case .alreadyDone:
              report.status = .unchanged
              report.changes = []
            }
            let folder = pending.snapshot.location.directory
            if !folders.contains(where: { $0 === folder }) { folders.append(folder) }
          } catch {
            report.status = .failed(error.description)
          }
        }
        reports.append(report)
      }
    }
    for folder in folders { replacer.syncFolder(folder.descriptor) }
    return reports
  }
}
