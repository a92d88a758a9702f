#if canImport(Glibc)
  import Glibc
#endif

/// Replaces a file's bytes so that readers only ever see the old file or the new one, nothing
/// outside the file's folder is touched, nothing of the original's access rules is lost, and no
/// concurrent save is overwritten.
///
/// How, and why each step is there:
///
/// 1. **Refusals first.** A file nobody may write (or, for a normal user, one they do not own
///    and write) is left alone: a rename would get past the permission, or give the file a new
///    owner. A file with hard links is left alone unless asked: the other names would keep the
///    old bytes.
/// 2. **The new file**, created exclusively (`O_EXCL | O_NOFOLLOW`, mode 0600) in the same
///    open folder under a short name that always fits `NAME_MAX`, written and given the
///    original's owner, mode and extended attributes (see ``MetadataCopier``).
/// 3. **Flush** (data and metadata) before anything else happens: for a batch, one `syncfs`
///    per file system covers every new file of the batch (see ``BatchCommit``).
/// 4. **Lock, bounded, and re-check under it.** Two `rdpfile` runs take turns through an
///    advisory lock on the inode that was read, held only for this file's steps 4 to 6; the
///    wait is bounded (see ``FileLock``). The name must still lead to the inode that was read,
///    with the same bytes. When another run replaced it meanwhile, the file now there is read
///    and the change is asked for again: when nothing is left to do, the other run did the work
///    (the new file is removed); otherwise the file changed under us and is left alone.
/// 5. **Exchange, then look.** `renameat2(RENAME_EXCHANGE)` swaps the two names in one step, so
///    what was displaced can be examined afterwards instead of guessed at beforehand: when it is
///    the inode that was read, unchanged, the replacement stands. When an editor saved (by
///    rename, or in place) between step 4 and the exchange, its save is what was displaced: the
///    names are swapped back, which puts the save in place again, and our file is removed. A
///    plain rename after a last check would leave a window where such a save is lost.
/// 6. **Backup after the check**, as a new name for the displaced original made with `linkat`
///    (which never replaces an existing name: a taken name gets `.1`, `.2`, …), in the same
///    folder, so it keeps the original's inode, owner, mode, ACLs and times exactly.
/// 7. **Flush the folder**, so the new name survives a crash. At every moment each name holds
///    a whole file: after a crash the original is at its name, or the new file is (durable
///    before the exchange); at worst the displaced original is left under the temporary name.
///
/// On file systems without `RENAME_EXCHANGE` (some network file systems), step 5 falls back to
/// a last check and a plain rename; a save landing within that last microsecond window could be
/// lost there, and SECURITY.md says so.
struct FileReplacer {
  var operations: any FileOperations
  /// Whether to flush the new file and the folder (off with `--no-sync`).
  var sync = true
  /// How long to wait for another program's lock, in seconds.
  var lockTimeout = 10.0
  /// Whether a file with hard links may be replaced (its other names keep the old bytes).
  var breakHardLinks = false
  /// Appended to the file name for the backup of the original, when one is wanted.
  var backupSuffix: [UInt8]?
  /// The size limit for every re-read (a file that grew past it has changed).
  var readLimit = FileReader.defaultLimit

  /// What a replacement did.
  enum Outcome: Equatable, Sendable {
    /// The file now holds the new bytes; the backup's path when one was made.
    case replaced(backup: String?)
    /// Another program (a concurrent run) had already made the change.
    case alreadyDone
  }

  /// A new file written beside the original (steps 1 and 2), waiting to be made durable and
  /// swapped in. It owns the original's descriptor and the new file's; ``commit(_:)`` or
  /// ``abandon(_:)`` closes both.
  struct Pending: Sendable {
    let snapshot: FileSnapshot
    let original: Int32
    let temporary: Int32
    let temporaryName: [UInt8]
    /// The file system the new file is on (one flush per file system makes a batch durable).
    let device: UInt64
    /// The bytes to write for other content found on disk (`nil`: nothing to change), so that
    /// a concurrent run's finished work is recognised as such.
    let rewrite: @Sendable ([UInt8]) -> [UInt8]?
    var directory: Int32 { snapshot.location.directory.descriptor }
  }

  /// Steps 1 and 2: the refusals, then the new file, written and given the original's
  /// metadata, but neither flushed nor locked against: no lock is held between files, so two
  /// runs over one share never wait on each other for more than one file. Takes over the
  /// snapshot's descriptor (closed here on failure, else by ``commit(_:)`` or ``abandon(_:)``).
  func prepare(
    _ snapshot: FileSnapshot, with bytes: [UInt8], rewrite: @escaping @Sendable ([UInt8]) -> [UInt8]?
  ) throws(FileError) -> Pending {
    guard let original = snapshot.descriptor else {
      throw .cannotWrite(path: snapshot.path, reason: "the file is not open")
    }
    var handedOver = false
    defer { if !handedOver { _ = operations.close(original) } }
    let path = snapshot.path
    let directory = snapshot.location.directory.descriptor
    try checkReplaceable(snapshot.info, path: path)
    let temporaryName = Array(".rdpfile-\(ProcessFacts.id)-\(ProcessFacts.nextNumber()).tmp".utf8)
    let temporary = operations.open(
      in: directory, temporaryName, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: 0o600)
    guard temporary >= 0 else { throw .cannotWrite(path: path, reason: systemError()) }
    var kept = false
    defer {
      if !kept {
        _ = operations.close(temporary)
        _ = operations.unlink(in: directory, temporaryName)
      }
    }
    try writeAll(bytes, to: temporary, path: path)
    try MetadataCopier(operations: operations).copy(from: original, snapshot.info, to: temporary, path: path)
    guard let written = operations.fstat(temporary) else { throw .cannotWrite(path: path, reason: systemError()) }
    kept = true
    handedOver = true
    return Pending(
      snapshot: snapshot, original: original, temporary: temporary, temporaryName: temporaryName,
      device: UInt64(written.st_dev), rewrite: rewrite)
  }

  /// Gives up a pending replacement: the new file is removed, the original left as it is.
  func abandon(_ pending: Pending) {
    _ = operations.close(pending.temporary)
    _ = operations.unlink(in: pending.directory, pending.temporaryName)
    _ = operations.close(pending.original)
  }

  /// Steps 4 to 6 for a new file that is already durable (when flushing): the lock and the
  /// re-check, the exchange, the look at what was displaced, the backup. The folder is not
  /// flushed here (step 7 is the caller's, once per folder). Closes the pending descriptors
  /// (which releases the lock).
  func commit(_ pending: Pending) throws(FileError) -> Outcome {
    let snapshot = pending.snapshot
    let path = snapshot.path
    let directory = pending.directory
    let name = snapshot.location.name
    let temporaryName = pending.temporaryName
    let original = pending.original
    var temporaryNamed = true
    defer {
      _ = operations.close(pending.temporary)
      if temporaryNamed { _ = operations.unlink(in: directory, temporaryName) }
      _ = operations.close(original)
    }
    switch FileLock(operations: operations, timeout: lockTimeout).acquire(original) {
    case .acquired: break
    case .timedOut: throw .locked(path: path, seconds: lockTimeout)
    case .interrupted: throw .interrupted(path: path)
    }
    // Under the lock: still the same inode, with the same bytes?
    guard let named = operations.stat(in: directory, name) else { throw .changedOnDisk(path: path) }
    guard FileIdentity(named) == snapshot.identity else {
      return try recheck(snapshot.location, path: path, rewrite: pending.rewrite)
    }
    let reread: [UInt8]
    do {
      reread = try FileReader(operations: operations, limit: readLimit).read(
        descriptor: original, path: path, expected: snapshot.bytes.count)
    } catch {
      throw .changedOnDisk(path: path)
    }
    guard reread == snapshot.bytes else {
      guard pending.rewrite(reread) == nil else { throw .changedOnDisk(path: path) }
      return .alreadyDone
    }
    guard let ours = operations.fstat(pending.temporary) else { throw .cannotWrite(path: path, reason: systemError()) }

    if operations.exchange(in: directory, temporaryName, name) != 0 {
      if errno == ENOENT { throw .changedOnDisk(path: path) }  // removed meanwhile: stays removed
      guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP || errno == ENOTSUP else {
        throw .cannotWrite(path: path, reason: systemError())
      }
      let backup = try renameAfterLastCheck(
        snapshot, temporaryName: temporaryName, directory: directory, original: original)
      temporaryNamed = false
      return .replaced(backup: backup)
    }
    // The names are swapped: `temporaryName` now holds whatever `name` held a moment ago.
    let displacedIsOriginal =
      operations.stat(in: directory, temporaryName).map { FileIdentity($0) == snapshot.identity } ?? false
      && holds(original, snapshot.bytes)
    guard displacedIsOriginal else {
      try swapBack(directory: directory, name: name, temporaryName: temporaryName, ours: ours, path: path)
      temporaryNamed = false
      throw .changedOnDisk(path: path)
    }
    var backup: String?
    if let backupSuffix {
      do throws(FileError) {
        backup = try makeBackup(of: original, in: snapshot.location, suffix: backupSuffix)
      } catch {
        try swapBack(directory: directory, name: name, temporaryName: temporaryName, ours: ours, path: path)
        temporaryNamed = false
        throw error
      }
    }
    // `temporaryName` is the original now; `name` is the new file.
    _ = operations.unlink(in: directory, temporaryName)
    temporaryNamed = false
    return .replaced(backup: backup)
  }

  /// Refuses what must not be replaced (step 1 above).
  private func checkReplaceable(_ info: stat, path: String) throws(FileError) {
    if ProcessFacts.user == 0 {
      guard info.st_mode & 0o222 != 0 else { throw .readOnly(path: path) }
    } else {
      guard info.st_uid == ProcessFacts.user else { throw .ownedByAnotherUser(path: path, owner: info.st_uid) }
      guard info.st_mode & 0o200 != 0 else { throw .readOnly(path: path) }
    }
    guard breakHardLinks || info.st_nlink <= 1 else { throw .hardLinked(path: path, links: Int(info.st_nlink)) }
  }

  /// The name leads to another inode than the one read: a concurrent run may have done the
  /// work already; anything else is a change made under us.
  private func recheck(_ location: FileLocation, path: String, rewrite: ([UInt8]) -> [UInt8]?) throws(FileError)
    -> Outcome
  {
    let current: FileSnapshot
    do {
      current = try FileReader(operations: operations, limit: readLimit).read(location)
    } catch {
      throw .changedOnDisk(path: path)
    }
    guard rewrite(current.bytes) == nil else { throw .changedOnDisk(path: path) }
    return .alreadyDone
  }

  /// Undoes an exchange whose displaced file was not the one read: swapping again puts the
  /// other program's save back at its name. If yet another save landed in between (the window
  /// is a few microseconds), the newest save is put in place and the one it superseded is kept
  /// under a visible name rather than removed.
  private func swapBack(directory: Int32, name: [UInt8], temporaryName: [UInt8], ours: stat, path: String)
    throws(FileError)
  {
    guard operations.exchange(in: directory, temporaryName, name) == 0 else {
      throw .cannotWrite(path: path, reason: "could not undo the exchange: \(systemError())")
    }
    let back = operations.stat(in: directory, temporaryName)
    if let back, FileIdentity(back) == FileIdentity(ours) {
      _ = operations.unlink(in: directory, temporaryName)
      return
    }
    // Not ours: our file was replaced at the name meanwhile, so `temporaryName` holds the save
    // that replaced it (the newest) and `name` the one displaced first. Swap once more.
    _ = operations.exchange(in: directory, temporaryName, name)
    let kept = Array("rdpfile-displaced-\(ProcessFacts.id)-\(ProcessFacts.nextNumber()).saved".utf8)
    _ = operations.rename(in: directory, temporaryName, to: kept, replace: false)
    throw .raced(path: path, keptAs: PathName.display(kept))
  }

  /// The fallback without `RENAME_EXCHANGE`: the backup first (it can be removed again), a
  /// last check, then a plain rename.
  private func renameAfterLastCheck(
    _ snapshot: FileSnapshot, temporaryName: [UInt8], directory: Int32, original: Int32
  ) throws(FileError) -> String? {
    let path = snapshot.path
    var backupName: [UInt8]?
    var backup: String?
    if let backupSuffix {
      backup = try makeBackup(of: original, in: snapshot.location, suffix: backupSuffix) { backupName = $0 }
    }
    let unchanged =
      operations.stat(in: directory, snapshot.location.name).map { FileIdentity($0) == snapshot.identity } ?? false
      && holds(original, snapshot.bytes)
    guard unchanged, operations.rename(in: directory, temporaryName, to: snapshot.location.name, replace: true) == 0
    else {
      let reason = unchanged ? systemError() : nil
      if let backupName { _ = operations.unlink(in: directory, backupName) }
      _ = operations.unlink(in: directory, temporaryName)
      throw reason.map { .cannotWrite(path: path, reason: $0) } ?? .changedOnDisk(path: path)
    }
    return backup
  }

  /// Links the original's inode under `name + suffix` (or `.1`, `.2`, … when taken).
  private func makeBackup(
    of original: Int32, in location: FileLocation, suffix: [UInt8], made: ([UInt8]) -> Void = { _ in }
  ) throws(FileError) -> String {
    let base = location.name + suffix
    for number in 0..<1000 {
      let candidate = number == 0 ? base : base + Array(".\(number)".utf8)
      if operations.link(original, in: location.directory.descriptor, as: candidate) == 0 {
        made(candidate)
        return location.directory.path(of: candidate)
      }
      guard errno == EEXIST else { throw .backupFailed(path: location.path, reason: systemError()) }
    }
    throw .backupFailed(path: location.path, reason: "\(PathName.display(base)) and 999 numbered names are taken")
  }

  private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
    let failure: Int32? = bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = operations.write(descriptor, from: UnsafeRawBufferPointer(rebasing: raw[offset...]))
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return written == 0 ? EIO : errno }
        offset += written
      }
      return nil
    }
    if let failure { throw .cannotWrite(path: path, reason: systemError(failure)) }
  }

  /// Step 7 for one folder (nothing with `--no-sync`).
  func syncFolder(_ directory: Int32) {
    if sync { _ = operations.fsync(directory) }
  }

  /// Whether the open file still holds exactly `bytes` (read again: a rename changes the
  /// inode's change time and a quick in-place write may keep its modification time, so only
  /// the bytes tell).
  private func holds(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    guard let info = operations.fstat(descriptor), Int(info.st_size) == bytes.count else { return false }
    let reader = FileReader(operations: operations, limit: bytes.count)
    return (try? reader.read(descriptor: descriptor, path: "", expected: bytes.count)) == bytes
  }
}
