extension RDPDocument {
  /// What ``set(_:)`` did.
  public enum SetOutcome: Sendable, Hashable {
    /// An existing line (index given) now holds the new value.
    case replaced(line: Int)
    /// A new line was appended at the index given.
    case appended(line: Int)
    /// The effective occurrence already held exactly this type and value.
    case unchanged(line: Int)
  }

  /// Returns the document with `edits` applied. Edits must not collide: a change of encoding
  /// stands alone, a deletion excludes any other change of its line, and replacements on one
  /// line must not overlap; insertions and appends never collide.
  ///
  /// - Throws: ``EditError/lineOutOfRange(line:count:)`` for an index past the end,
  ///   ``EditError/overlappingEdits(line:)`` when two edits collide, and
  ///   ``EditError/incompleteCodeUnit(line:)`` when a line would follow the dangling half
  ///   code unit that ends an odd-length UTF-16 file (every reader would then misalign it).
  public func applying(_ edits: [Edit]) throws(EditError) -> RDPDocument {
    guard !edits.isEmpty else { return self }
    for edit in edits {
      switch edit.operation {
      case .replace(let line, let range, _):
        guard lines.indices.contains(line), range.lowerBound >= 0,
          range.upperBound <= lines[line].codeUnitCount
        else { throw .lineOutOfRange(line: line + 1, count: lines.count) }
      case .deleteLine(let line):
        guard lines.indices.contains(line) else {
          throw .lineOutOfRange(line: line + 1, count: lines.count)
        }
      case .insertLine(let before, _):
        guard (0...lines.count).contains(before) else {
          throw .lineOutOfRange(line: before + 1, count: lines.count)
        }
      case .setTerminator(let line, _):
        guard lines.indices.contains(line) else {
          throw .lineOutOfRange(line: line + 1, count: lines.count)
        }
      case .appendLine, .changeEncoding: break
      }
    }
    var claims = EditClaims()
    for edit in edits {
      if claims.conflicts(with: edit) { throw .overlappingEdits(line: (edit.line ?? lines.count) + 1) }
      claims.claim(edit)
    }

    if edits.count == 1, case .changeEncoding(let target, let byteOrderMark) = edits[0].operation {
      return try reencoded(as: target, byteOrderMark: byteOrderMark)
    }
    var replacements: [Int: [(Range<Int>, String)]] = [:]
    var terminators: [Int: LineTerminator] = [:]
    var deletions = Set<Int>()
    var insertions: [Int: [String]] = [:]
    for edit in edits {
      switch edit.operation {
      case .replace(let line, let range, let text): replacements[line, default: []].append((range, text))
      case .deleteLine(let line): deletions.insert(line)
      case .insertLine(let before, let text): insertions[before, default: []].append(text)
      case .appendLine(let text): insertions[lines.count, default: []].append(text)
      case .setTerminator(let line, let terminator): terminators[line] = terminator
      case .changeEncoding: break  // alone, handled above (it overlaps everything else)
      }
    }

    let newline = dominantTerminator
    let textEncoding = encoding.encoding
    let lines = self.lines
    var builder = DocumentBuilder(
      encoding: encoding, reservingBytes: byteCount + 256, lines: lines.count + insertions.count)
    for index in 0...lines.count {
      for text in insertions[index] ?? [] {
        if index == lines.count { try builder.terminateLastLine(with: newline) }
        builder.append(content: TextEncoder.encode(text, in: textEncoding)[...], terminator: newline)
      }
      guard index < lines.count, !deletions.contains(index) else { continue }
      let changes = replacements[index]
      let terminator = terminators[index]
      if changes == nil, terminator == nil {
        builder.copy(index, of: self)
        continue
      }
      let line = lines[index]
      let content = changes.map { Self.replacing($0, in: line) } ?? Array(line.content)
      builder.append(content: content[...], terminator: terminator ?? line.terminator)
    }
    return builder.document
  }

  /// The document with every line transcoded; the text and the terminators stay the same.
  private func reencoded(as target: TextEncoding, byteOrderMark: Bool) throws(EditError) -> RDPDocument {
    let newEncoding = DocumentEncoding(
      encoding: target, hasByteOrderMark: byteOrderMark,
      evidence: byteOrderMark ? .byteOrderMark : (target == .utf8 ? .fallback : .nulBytePattern))
    var builder = DocumentBuilder(encoding: newEncoding, reservingBytes: byteCount * 2, lines: lines.count)
    for (index, line) in lines.enumerated() {
      guard line.hasValidBytes else { throw .undecodableBytes(line: index + 1) }
      builder.append(content: TextEncoder.encode(line.text, in: target)[...], terminator: line.terminator)
    }
    return builder.document
  }

  private static func replacing(_ changes: [(Range<Int>, String)], in line: Line) -> [UInt8] {
    let size = line.encoding.codeUnitSize
    var content = Array(line.content)
    for (range, text) in changes.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
      let encoded = TextEncoder.encode(text, in: line.encoding)
      content.replaceSubrange((range.lowerBound * size)..<(range.upperBound * size), with: encoded)
    }
    return content
  }

  /// Sets `setting`: the key's last occurrence gets the new type letter and value in place,
  /// keeping the key's spelling and the line's terminator; a missing key is appended as a new
  /// line in the document's encoding and most common terminator.
  ///
  /// - Throws: ``EditError/incompleteCodeUnit(line:)`` when the line would have to follow
  ///   the dangling half code unit of an odd-length UTF-16 file.
  @discardableResult
  public mutating func set(_ setting: Setting) throws(EditError) -> SetOutcome {
    let last = lineIndices(forKey: setting.key).last.flatMap { line in lines[line].syntax.map { (line, $0) } }
    if let last, last.1.type == setting.type, lines[last.0].setting?.value == setting.value {
      return .unchanged(line: last.0)
    }
    self = try applying([.set(setting, replacing: last)])
    return last.map { .replaced(line: $0.0) } ?? .appended(line: lines.count - 1)
  }

  /// Removes every line whose key matches `key`, whatever its type, and returns the indices
  /// those lines had.
  @discardableResult
  public mutating func removeSettings(named key: String) -> [Int] {
    let indices = lineIndices(forKey: key)
    // Deleting whole lines cannot fail: the indices come from this document and never repeat.
    if !indices.isEmpty, let edited = try? applying(indices.map(Edit.deleteLine)) { self = edited }
    return indices
  }
}
