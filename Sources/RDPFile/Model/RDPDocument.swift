/// A parsed `.rdp` file that reproduces its input byte for byte.
///
/// A document is its bytes as read, its encoding, and a small record per line saying where the
/// line starts and what it parses as; ``lines`` hands out each ``Line`` (raw bytes, own
/// terminator, parsed view) on demand. So `RDPDocument(bytes: b).serialized() == b` for every
/// byte sequence `b`, parsing never fails on content, and memory stays a small constant per line.
/// Edits replace only the lines they touch.
///
/// Two documents are equal when they hold the same bytes split into the same lines.
public struct RDPDocument: Sendable, Hashable {
  /// The encoding the file was read in.
  public internal(set) var encoding: DocumentEncoding
  /// The document's bytes, exactly as they are serialized (byte-order mark included).
  private(set) var storage: [UInt8]
  /// Where each line starts in ``storage`` and what it parses as.
  private(set) var table: LineTable

  /// Parses raw file bytes. Never fails: anything that is not a setting becomes a blank or
  /// unparsed line.
  public init(bytes: [UInt8]) {
    storage = bytes
    (encoding, table) = LineParser.parse(bytes)
  }

  /// Parses raw file bytes from any collection.
  public init(bytes: some Collection<UInt8>) {
    self.init(bytes: Array(bytes))
  }

  /// Encodes `text` in `encoding` (adding its byte-order mark when asked) and parses the result.
  public init(text: String, encoding: TextEncoding = .utf8, byteOrderMark: Bool = false) {
    let prefix = byteOrderMark ? encoding.byteOrderMark : []
    self.init(bytes: prefix + TextEncoder.encode(text, in: encoding))
  }

  /// A document built by an edit.
  init(encoding: DocumentEncoding, storage: [UInt8], table: LineTable) {
    self.encoding = encoding
    self.storage = storage
    self.table = table
  }

  /// Every line of the file, in order.
  public var lines: LineList {
    LineList(storage: storage, table: table, encoding: encoding.encoding)
  }

  /// The document as bytes: byte-order mark, then every line with its terminator.
  public func serialized() -> [UInt8] {
    storage
  }

  /// Whether every line is valid in the document's encoding, so the file can be re-encoded
  /// without losing a byte.
  package var hasValidBytes: Bool { lines.allSatisfy(\.hasValidBytes) }

  /// The size of the serialized document in bytes.
  public var byteCount: Int {
    storage.count
  }

  /// Two documents are equal when they hold the same bytes, split into the same lines.
  public static func == (lhs: RDPDocument, rhs: RDPDocument) -> Bool {
    lhs.encoding == rhs.encoding && lhs.storage == rhs.storage && lhs.table == rhs.table
  }

  /// Hashes the bytes.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage)
  }

  /// The most common line terminator, which new lines take. Ties go to CRLF, then LF. A file
  /// with no terminator at all gets CRLF when it is UTF-16 (as mstsc writes) and LF otherwise.
  public var dominantTerminator: LineTerminator {
    var counts = (crlf: 0, lf: 0, cr: 0)
    for record in table.records {
      switch record.terminator {
      case .crlf: counts.crlf += 1
      case .lf: counts.lf += 1
      case .cr: counts.cr += 1
      case .none: break
      }
    }
    if counts.crlf + counts.lf + counts.cr == 0 {
      return encoding.encoding == .utf8 ? .lf : .crlf
    }
    if counts.crlf >= counts.lf, counts.crlf >= counts.cr { return .crlf }
    if counts.lf >= counts.cr { return .lf }
    return .cr
  }

  /// Whether the lines use more than one kind of terminator.
  public var hasMixedTerminators: Bool {
    var seen: LineTerminator?
    for record in table.records where record.terminator != .none {
      if let seen, seen != record.terminator { return true }
      seen = record.terminator
    }
    return false
  }

  /// The indices of the lines whose key matches `key` (ASCII case-insensitive), in file order.
  public func lineIndices(forKey key: String) -> [Int] {
    let wanted = PlainText.asciiLowercased(key)
    return lines.indices.filter { index in
      lines[index].setting.map { $0.normalizedKey == wanted } ?? false
    }
  }

  /// Every setting line with its index, in file order.
  public var settings: [(line: Int, setting: Setting)] {
    lines.indices.compactMap { index in lines[index].setting.map { (index, $0) } }
  }

  /// What a client will connect with: see ``EffectiveSettings``.
  public var effective: EffectiveSettings {
    EffectiveSettings(document: self)
  }
}
