/// A unified diff between two versions of a document, line by line in the file's own line
/// structure, with secrets masked and control characters escaped.
package struct UnifiedDiff: Sendable {
  /// Lines of context around each change.
  package var context = 3
  /// How secret values are shown.
  package var secrets: SecretPolicy

  /// Creates a diff renderer.
  package init(secrets: SecretPolicy = SecretPolicy()) {
    self.secrets = secrets
  }

  /// The diff text, empty when the documents are equal.
  package func render(from old: RDPDocument, to new: RDPDocument, path: String) -> String {
    guard old != new else { return "" }
    var output = "--- \(TextEscaper.escape(path))\n+++ \(TextEscaper.escape(path))\n"
    if old.encoding != new.encoding {
      output += "# encoding: \(old.encoding.label) -> \(new.encoding.label)\n"
    }
    let sameEncoding = old.encoding.encoding == new.encoding.encoding
    let a = old.lines.map { Token(line: $0, byBytes: sameEncoding) }
    let b = new.lines.map { Token(line: $0, byBytes: sameEncoding) }
    let script = Self.diff(a, b)
    for hunk in hunks(script, oldCount: a.count, newCount: b.count) {
      output += "@@ -\(hunk.oldStart + 1),\(hunk.oldLength) +\(hunk.newStart + 1),\(hunk.newLength) @@\n"
      for operation in hunk.operations {
        switch operation {
        case .keep(let i, _): output += " \(show(old.lines[i], pair: nil))\n"
        case .delete(let i): output += "-\(show(old.lines[i], pair: hunk.pair(ofOld: i).map { new.lines[$0] }))\n"
        case .insert(let j): output += "+\(show(new.lines[j], pair: hunk.pair(ofNew: j).map { old.lines[$0] }))\n"
        }
      }
    }
    return output
  }

  private struct Token: Equatable {
    var key: [UInt8]
    var terminator: LineTerminator

    init(line: Line, byBytes: Bool) {
      key = byBytes ? Array(line.content) : Array(line.text.utf8)
      terminator = line.terminator
    }
  }

  enum Operation: Equatable {
    case keep(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  struct Hunk {
    var oldStart: Int
    var oldLength: Int
    var newStart: Int
    var newLength: Int
    var operations: [Operation]

    /// The inserted line paired with a deleted one in the same run, to show line-ending changes.
    func pair(ofOld index: Int) -> Int? {
      let deletes = operations.compactMap { if case .delete(let i) = $0 { i } else { nil } }
      let inserts = operations.compactMap { if case .insert(let j) = $0 { j } else { nil } }
      guard deletes.count == inserts.count, let position = deletes.firstIndex(of: index) else { return nil }
      return inserts[position]
    }

    func pair(ofNew index: Int) -> Int? {
      let deletes = operations.compactMap { if case .delete(let i) = $0 { i } else { nil } }
      let inserts = operations.compactMap { if case .insert(let j) = $0 { j } else { nil } }
      guard deletes.count == inserts.count, let position = inserts.firstIndex(of: index) else { return nil }
      return deletes[position]
    }
  }

  private func show(_ line: Line, pair: Line?) -> String {
    var text = secrets.display(line)
    if let pair, pair.text == line.text, pair.terminator != line.terminator {
      text += "  (line ends with \(line.terminator.label))"
    } else if line.terminator == .none {
      text += "  (no newline at end)"
    }
    return text
  }

  /// The shortest edit script between two sequences (Myers' algorithm).
  static func diff<T: Equatable>(_ a: [T], _ b: [T]) -> [Operation] {
    let n = a.count
    let m = b.count
    let maximum = n + m
    guard maximum > 0 else { return [] }
    var v = [Int](repeating: 0, count: 2 * maximum + 2)
    var trace: [[Int]] = []
    var found = false
    for d in 0...maximum {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1]) {
          x = v[maximum + k + 1]
        } else {
          x = v[maximum + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[maximum + k] = x
        if x >= n, y >= m {
          found = true
          break
        }
      }
      if found { break }
    }
    var operations: [Operation] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK: Int
      if k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1]) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = v[maximum + previousK]
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        x -= 1
        y -= 1
        operations.append(.keep(x, y))
      }
      if d > 0 {
        if x == previousX {
          y -= 1
          operations.append(.insert(y))
        } else {
          x -= 1
          operations.append(.delete(x))
        }
      }
    }
    return operations.reversed()
  }

  private func hunks(_ script: [Operation], oldCount: Int, newCount: Int) -> [Hunk] {
    let changed = script.indices.filter { if case .keep = script[$0] { false } else { true } }
    guard !changed.isEmpty else { return [] }
    var groups: [[Int]] = [[changed[0]]]
    for index in changed.dropFirst() {
      if index - groups[groups.count - 1].last! <= 2 * context {
        groups[groups.count - 1].append(index)
      } else {
        groups.append([index])
      }
    }
    return groups.map { group in
      let start = max(0, group.first! - context)
      let end = min(script.count, group.last! + context + 1)
      let operations = Array(script[start..<end])
      var oldStart = oldCount
      var newStart = newCount
      var oldLength = 0
      var newLength = 0
      var oldPosition = 0
      var newPosition = 0
      for operation in script[..<start] {
        switch operation {
        case .keep:
          oldPosition += 1
          newPosition += 1
        case .delete: oldPosition += 1
        case .insert: newPosition += 1
        }
      }
      oldStart = oldPosition
      newStart = newPosition
      for operation in operations {
        switch operation {
        case .keep:
          oldLength += 1
          newLength += 1
        case .delete: oldLength += 1
        case .insert: newLength += 1
        }
      }
      return Hunk(
        oldStart: oldStart, oldLength: oldLength, newStart: newStart, newLength: newLength, operations: operations)
    }
  }
}
