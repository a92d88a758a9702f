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
/// 2. **Lock, bounded.** Two `rdpfile` runs take turns through an advisory lock on the inode
///    that was read; the wait is bounded (see ``FileLock``).
/// 3. **Re-check under the lock.** The name must still lead to the inode that was read, with
///    the same bytes. When another run replaced it meanwhile, the file now there is read and
///    the change is asked for again: when nothing is left to do, the other run did the work;
///    otherwise the file changed under us and is left alone.
/// 4. **The new file**, created exclusively (`O_EXCL | O_NOFOLLOW`, mode 0600) in the same
///    open folder under a short name that always fits `NAME_MAX`, written, given the original's
///    owner, mode and extended attributes (see ``MetadataCopier``), and flushed (data and
///    metadata) before anything else happens.
/// 5. **Exchange, then look.** `renameat2(RENAME_EXCHANGE)` swaps the two names in one step, so
///    what was displaced can be examined afterwards instead of guessed at beforehand: when it is
///    the inode that was read, unchanged, the replacement stands. When an editor saved (by
///    rename, or in place) between step 3 and the exchange, its save is what was displaced: the
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

  /// Replaces the file `snapshot` was read from (through its kept descriptor) with `bytes`.
  /// `rewrite` gives the bytes to write for other content found on disk (`nil`: nothing to
  /// change), so a concurrent run's finished work is recognised as such.
  func replace(_ snapshot: FileSnapshot, with bytes: [UInt8], rewrite: ([UInt8]) -> [UInt8]?) throws(FileError)
    -> Outcome
  {
    guard let original = snapshot.descriptor else {
      throw .cannotWrite(path: snapshot.path, reason: "the file is not open")
    }
    let path = snapshot.path
    let directory = snapshot.location.directory.descriptor
    let name = snapshot.location.name
    try checkReplaceable(snapshot.info, path: path)
    switch FileLock(operations: operations, timeout: lockTimeout).acquire(original) {
    case .acquired: break
    case .timedOut: throw .locked(path: path, seconds: lockTimeout)
    case .interrupted: throw .interrupted(path: path)
    }
    // Under the lock: still the same inode, with the same bytes?
    guard let named = operations.stat(in: directory, name) else { throw .changedOnDisk(path: path) }
    guard FileIdentity(named) == snapshot.identity else {
      return try recheck(snapshot.location, path: path, rewrite: rewrite)
    }
    let reread: [UInt8]
    do {
      reread = try FileReader(operations: operations, limit: readLimit).read(
        descriptor: original, path: path, expected: snapshot.bytes.count)
    } catch {
      throw .changedOnDisk(path: path)
    }
    guard reread == snapshot.bytes else {
      guard rewrite(reread) == nil else { throw .changedOnDisk(path: path) }
      return .alreadyDone
    }

    let temporaryName = Array(".rdpfile-\(ProcessFacts.id)-\(ProcessFacts.nextNumber()).tmp".utf8)
    let temporary = operations.open(
      in: directory, temporaryName, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: 0o600)
    guard temporary >= 0 else { throw .cannotWrite(path: path, reason: systemError()) }
    var temporaryNamed = true
    defer {
      _ = operations.close(temporary)
      if temporaryNamed { _ = operations.unlink(in: directory, temporaryName) }
    }
    try writeAll(bytes, to: temporary, path: path)
    try MetadataCopier(operations: operations).copy(from: original, snapshot.info, to: temporary, path: path)
    guard !sync || operations.fsync(temporary) == 0 else { throw .cannotWrite(path: path, reason: systemError()) }
    guard let ours = operations.fstat(temporary) else { throw .cannotWrite(path: path, reason: systemError()) }

    if operations.exchange(in: directory, temporaryName, name) != 0 {
      if errno == ENOENT { throw .changedOnDisk(path: path) }  // removed meanwhile: stays removed
      guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP || errno == ENOTSUP else {
        throw .cannotWrite(path: path, reason: systemError())
      }
      let backup = try renameAfterLastCheck(
        snapshot, temporaryName: temporaryName, directory: directory, original: original)
      temporaryNamed = false
      syncFolder(directory)
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
    syncFolder(directory)
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

  private func syncFolder(_ directory: Int32) {
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
