/// A parsed `.rdp` file that reproduces its input byte for byte.
///
/// A document is its encoding plus a list of ``Line``s. Each line keeps its raw bytes and its
/// own terminator, so `RDPDocument(bytes: b).serialized() == b` for every byte sequence `b`:
/// parsing never fails on content. Edits replace only the lines they touch.
///
/// Two documents are equal when they would serialize to the same bytes.
public struct RDPDocument: Sendable, Hashable {
  /// The encoding the file was read in.
  public internal(set) var encoding: DocumentEncoding
  /// Every line of the file, in order.
  public internal(set) var lines: [Line]

  /// Parses raw file bytes. Never fails: anything that is not a setting becomes a blank or
  /// unparsed line.
  public init(bytes: [UInt8]) {
    (encoding, lines) = LineParser.parse(bytes)
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

  /// The document as bytes: byte-order mark, then every line with its terminator.
  public func serialized() -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(byteCount)
    if encoding.hasByteOrderMark { output.append(contentsOf: encoding.encoding.byteOrderMark) }
    let crlf = LineTerminator.crlf.bytes(in: encoding.encoding)
    let lf = LineTerminator.lf.bytes(in: encoding.encoding)
    let cr = LineTerminator.cr.bytes(in: encoding.encoding)
    for line in lines {
      output.append(contentsOf: line.content)
      switch line.terminator {
      case .crlf: output.append(contentsOf: crlf)
      case .lf: output.append(contentsOf: lf)
      case .cr: output.append(contentsOf: cr)
      case .none: break
      }
    }
    return output
  }

  /// The size of the serialized document in bytes.
  public var byteCount: Int {
    let unit = encoding.encoding.codeUnitSize
    return lines.reduce(encoding.byteOrderMarkLength) { total, line in
      total + line.content.count + line.terminator.codeUnits.count * unit
    }
  }

  /// The most common line terminator, which new lines take. Ties go to CRLF, then LF. A file
  /// with no terminator at all gets CRLF when it is UTF-16 (as mstsc writes) and LF otherwise.
  public var dominantTerminator: LineTerminator {
    var counts = (crlf: 0, lf: 0, cr: 0)
    for line in lines {
      switch line.terminator {
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
    for line in lines where line.terminator != .none {
      if let seen, seen != line.terminator { return true }
      seen = line.terminator
    }
    return false
  }

  /// The indices of the lines whose key matches `key` (ASCII case-insensitive), in file order.
  public func lineIndices(forKey key: String) -> [Int] {
    let wanted = Setting.normalize(key)
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
