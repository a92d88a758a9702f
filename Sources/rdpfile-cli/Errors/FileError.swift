import RDPFile

/// What can go wrong reading or writing a file, each with a one-line message naming the path.
/// These are the command-line tool's errors; the library never touches files.
enum FileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A file or folder could not be read.
  case cannotRead(path: String, reason: String)
  /// The path is a symbolic link where none is followed.
  case symbolicLink(path: String)
  /// The path is a folder, device, pipe or socket where a file is needed.
  case notARegularFile(path: String, kind: String)
  /// The file is larger than the limit (`size` is `nil` when it was still growing past it).
  case tooLarge(path: String, size: Int?, limit: Int)
  /// The file could not be written; nothing was changed.
  case cannotWrite(path: String, reason: String)
  /// Nobody (root) or not the owner (others) may write the file.
  case readOnly(path: String)
  /// Replacing the file would change its owner, which only root can keep.
  case ownedByAnotherUser(path: String, owner: UInt32)
  /// The file has other names (hard links) that a replacement would separate from it.
  case hardLinked(path: String, links: Int)
  /// An owner, mode or extended attribute (an ACL, a security label) of the original could not
  /// be given to the replacement, so the file was not replaced.
  case cannotKeepAttribute(path: String, what: String)
  /// The file changed on disk after it was read; it was left as it is.
  case changedOnDisk(path: String)
  /// Another program held a lock on the file for longer than the lock timeout.
  case locked(path: String, seconds: Double)
  /// The backup could not be made, so the file was not replaced.
  case backupFailed(path: String, reason: String)
  /// Another program saved the file at the very moment it was replaced; its newest save is in
  /// place and the version it replaced was kept under another name.
  case raced(path: String, keptAs: String)
  /// The run was interrupted before this file.
  case interrupted(path: String)

  /// Whether the run was interrupted (Ctrl-C, SIGTERM) before this file was done.
  var isInterruption: Bool {
    if case .interrupted = self { return true }
    return false
  }

  var description: String {
    switch self {
    case .cannotRead(let path, let reason): "\(e(path)): cannot read: \(reason)"
    case .symbolicLink(let path):
      "\(e(path)): is a symbolic link; not followed (name the file it points to, or use --follow-symlinks)"
    case .notARegularFile(let path, let kind): "\(e(path)): not a regular file (\(kind))"
    case .tooLarge(let path, let size, let limit):
      "\(e(path)): \(size.map { "\($0) bytes is " } ?? "")over the \(limit)-byte limit (raise it with --max-size)"
    case .cannotWrite(let path, let reason): "\(e(path)): cannot write: \(reason); left unchanged"
    case .readOnly(let path): "\(e(path)): read-only file; left unchanged"
    case .ownedByAnotherUser(let path, let owner):
      "\(e(path)): owned by another user (uid \(owner)); replacing it would make it yours, so it was left unchanged (run as its owner or as root)"
    case .hardLinked(let path, let links):
      "\(e(path)): has \(links) hard links; replacing it would split them, so it was left unchanged (--break-hardlinks allows it)"
    case .cannotKeepAttribute(let path, let what):
      "\(e(path)): cannot give the new file the original's \(what), so it was left unchanged"
    case .changedOnDisk(let path): "\(e(path)): changed on disk while being processed; left as it is"
    case .locked(let path, let seconds):
      "\(e(path)): locked by another program for \(Self.format(seconds)) s; skipped (--lock-timeout waits longer)"
    case .backupFailed(let path, let reason): "\(e(path)): cannot make the backup: \(reason); left unchanged"
    case .raced(let path, let kept):
      "\(e(path)): another program saved the file while it was being replaced; its newest save is in place, unchanged, and the save before it was kept as \(e(kept))"
    case .interrupted(let path): "\(e(path)): not processed (interrupted)"
    }
  }

  /// The path the error names.
  var path: String {
    switch self {
    case .cannotRead(let path, _), .symbolicLink(let path), .notARegularFile(let path, _), .tooLarge(let path, _, _),
      .cannotWrite(let path, _), .readOnly(let path), .ownedByAnotherUser(let path, _), .hardLinked(let path, _),
      .cannotKeepAttribute(let path, _), .changedOnDisk(let path), .locked(let path, _), .backupFailed(let path, _),
      .raced(let path, _), .interrupted(let path):
      path
    }
  }

  private func e(_ text: String) -> String { TextEscaper.escape(text) }

  private static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}
