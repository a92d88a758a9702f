import RDPFile

extension RDPFileError {
  /// The same error naming `path` instead, so messages show the path the user typed rather
  /// than the one a symbolic link resolved to.
  func naming(_ path: String) -> RDPFileError {
    switch self {
    case .cannotRead(_, let reason): .cannotRead(path: path, reason: reason)
    case .notARegularFile: .notARegularFile(path: path)
    case .fileTooLarge(_, let size, let limit): .fileTooLarge(path: path, size: size, limit: limit)
    case .cannotWrite(_, let reason): .cannotWrite(path: path, reason: reason)
    case .changedOnDisk: .changedOnDisk(path: path)
    case .readOnly: .readOnly(path: path)
    default: self
    }
  }
}
