/// The encoding a document was read in, whether it carried a byte-order mark, and how that was
/// decided.
public struct DocumentEncoding: Sendable, Hashable {
  /// How the encoding was recognised.
  public enum Evidence: String, Sendable, Hashable {
    /// The file starts with a byte-order mark.
    case byteOrderMark = "byte-order-mark"
    /// No byte-order mark, but the pattern of NUL bytes shows UTF-16.
    case nulBytePattern = "nul-byte-pattern"
    /// Nothing pointed elsewhere, so the bytes are read as UTF-8 (ASCII included).
    case fallback
  }

  /// The character encoding.
  public var encoding: TextEncoding
  /// Whether the file starts with the encoding's byte-order mark.
  public var hasByteOrderMark: Bool
  /// What the detection was based on.
  public var evidence: Evidence

  /// Creates an encoding description.
  public init(encoding: TextEncoding, hasByteOrderMark: Bool, evidence: Evidence) {
    self.encoding = encoding
    self.hasByteOrderMark = hasByteOrderMark
    self.evidence = evidence
  }

  /// UTF-16LE with a byte-order mark: what Windows' Remote Desktop client writes.
  public static let mstsc = DocumentEncoding(
    encoding: .utf16LittleEndian, hasByteOrderMark: true, evidence: .byteOrderMark)

  /// The number of bytes the byte-order mark takes at the start of the file.
  public var byteOrderMarkLength: Int {
    hasByteOrderMark ? encoding.byteOrderMark.count : 0
  }

  /// A short human-readable name such as `UTF-16LE with BOM`.
  public var label: String {
    let name = encoding.rawValue.uppercased()
    return hasByteOrderMark ? "\(name) with BOM" : name
  }
}
