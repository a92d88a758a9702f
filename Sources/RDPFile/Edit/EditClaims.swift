/// The parts of a document that a growing set of edits already touches, so that a conflict
/// between any two edits is found in one pass instead of comparing every pair.
///
/// A change of encoding conflicts with every other edit;
/// a deletion conflicts with any other change of its line; replacements conflict when their
/// ranges on the same line overlap; insertions and appends conflict with nothing else.
struct EditClaims {
  private var encodingChanged = false
  private var claimedAny = false
  private var deleted = Set<Int>()
  private var terminated = Set<Int>()
  private var replaced: [Int: [Range<Int>]] = [:]

  /// Whether `edit` conflicts with an edit claimed before.
  func conflicts(with edit: Edit) -> Bool {
    if encodingChanged { return true }
    switch edit.operation {
    case .changeEncoding:
      return claimedAny
    case .setTerminator(let line, _):
      return terminated.contains(line) || deleted.contains(line)
    case .deleteLine(let line):
      return deleted.contains(line) || terminated.contains(line) || replaced[line] != nil
    case .replace(let line, let range, _):
      if deleted.contains(line) { return true }
      return replaced[line]?.contains { $0.overlaps(range) || $0 == range } ?? false
    case .insertLine, .appendLine:
      return false
    }
  }

  /// Records `edit` as taken.
  mutating func claim(_ edit: Edit) {
    claimedAny = true
    switch edit.operation {
    case .changeEncoding: encodingChanged = true
    case .setTerminator(let line, _): terminated.insert(line)
    case .deleteLine(let line): deleted.insert(line)
    case .replace(let line, let range, _): replaced[line, default: []].append(range)
    case .insertLine, .appendLine: break
    }
  }
}
