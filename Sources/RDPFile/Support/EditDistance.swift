/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), computed only
/// within `limit` of the diagonal and given up once every cell of a row exceeds `limit`.
enum EditDistance {
  /// The distance between `a` and `b` when it is at most `limit`; otherwise some number above
  /// `limit`.
  ///
  /// A cell more than `limit` off the diagonal costs more than `limit` whatever the strings,
  /// so only the band of `2 * limit + 1` cells around it is filled; cells outside it count as
  /// `limit + 1`. That never lowers a cell inside the band below its true value, and every
  /// alignment of cost at most `limit` stays inside it, so the answer is exact up to `limit`.
  static func between(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let over = limit + 1
    guard abs(a.count - b.count) <= limit else { return over }
    let width = b.count + 1
    // Three rows (the one before last, the last, the current) in one stack buffer; rows are
    // rotated by index, not copied.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
      rows.initialize(repeating: over)
      var (previousPrevious, previous, current) = (0, width, 2 * width)
      for j in 0...min(b.count, limit) { rows[previous + j] = j }
      for i in 1...a.count {
        let low = max(1, i - limit)
        let high = min(b.count, i + limit)
        rows[current] = i <= limit ? i : over
        rows[current + low - 1] = low == 1 ? rows[current] : over
        var rowMinimum = rows[current + low - 1]
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, rows[previousPrevious + j - 2] + 1)
          }
          rows[current + j] = min(value, over)
          rowMinimum = min(rowMinimum, value)
        }
        if high < b.count { rows[current + high + 1] = over }
        if rowMinimum > limit { return over }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
      }
      return rows[previous + b.count]
    }
  }
}
