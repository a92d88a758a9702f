/// Everything that can go wrong in `rdpfile`, with a short message naming what and where.
public enum RDPFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An edit names a line the document does not have (1-based line, line count).
  case lineOutOfRange(line: Int, count: Int)
  /// Two edits change the same part of a line (1-based line).
  case overlappingEdits(line: Int)
  /// A new line would follow the half code unit that ends an odd-length UTF-16 file (1-based).
  case incompleteCodeUnit(line: Int)
  /// A line holds bytes that are not valid in the file's encoding, so it cannot be re-encoded.
  case undecodableBytes(line: Int)
  /// Text that should be `key:type:value` is not.
  case invalidSetting(String)
  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// A path is a directory, device or other non-regular file where a file is needed.
  case notARegularFile(path: String)
  /// A file is larger than the size limit.
  case fileTooLarge(path: String, size: Int, limit: Int)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// A file has no write permission for anyone, so it is not replaced.
  case readOnly(path: String)
  /// A file changed on disk after it was read, so it was not replaced.
  case changedOnDisk(path: String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .lineOutOfRange(let line, let count):
      "line \(line) is out of range (the document has \(count) lines)"
    case .overlappingEdits(let line):
      "two edits change the same part of line \(line)"
    case .incompleteCodeUnit(let line):
      "line \(line) ends in half a UTF-16 character, so nothing can be added after it"
    case .undecodableBytes(let line):
      "line \(line) holds bytes that are not valid in the file's encoding, so it cannot be re-encoded"
    case .invalidSetting(let text):
      "'\(TextEscaper.escape(text))' is not a KEY:TYPE:VALUE setting (TYPE is i, s or b)"
    case .cannotRead(let path, let reason):
      "\(TextEscaper.escape(path)): cannot read: \(reason)"
    case .notARegularFile(let path):
      "\(TextEscaper.escape(path)): not a regular file"
    case .fileTooLarge(let path, let size, let limit):
      "\(TextEscaper.escape(path)): \(size) bytes is over the \(limit)-byte limit (raise it with --max-size)"
    case .cannotWrite(let path, let reason):
      "\(TextEscaper.escape(path)): cannot write: \(reason)"
    case .readOnly(let path):
      "\(TextEscaper.escape(path)): read-only file; left unchanged"
    case .changedOnDisk(let path):
      "\(TextEscaper.escape(path)): changed on disk while being processed; left as it is"
    }
  }
}
