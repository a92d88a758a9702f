/// The catalogue of known `.rdp` properties.
public enum PropertyCatalogue {
  /// Every known property, in catalogue order.
  public static var all: [Property] { entries }

  /// Lower-case names, by entry index.
  static let normalizedNames = entries.map(\.normalizedName)
  /// Type letters, by entry index (kept apart so hot paths need not copy a `Property`).
  static let types = entries.map(\.type)
  /// Secrecy, by entry index.
  static let secret = entries.map(\.isSecret)
  /// Allowed values, by entry index.
  static let allowedValues = entries.map(\.allowed)
  static let table = KeyTable(names: normalizedNames)
  /// Lower-case names as scalar arrays, for the edit distances behind "did you mean".
  static let normalizedScalars = normalizedNames.map { $0.unicodeScalars.map(\.value) }

  /// The property for `name`, matched ASCII case-insensitively.
  public static func property(named name: String) -> Property? {
    index(of: name).map { entries[$0] }
  }

  /// The entry index of `name`, matched ASCII case-insensitively.
  static func index(of name: String) -> Int? {
    var name = name
    return name.withUTF8 { table.index(utf8: $0) }
  }

  /// The closest known key to an unknown `name`, for "did you mean" hints: an edit distance of
  /// at most 2 (3 for names longer than 12 characters), ignoring case and surrounding spaces.
  public static func suggestion(for name: String) -> Property? {
    let normalized = PlainText.trimmed(PlainText.asciiLowercased(name))
    // A share repeats the same unknown keys file after file: each distinct one is measured
    // against the catalogue once per process (a bounded cache, emptied when full).
    if let cached = suggestionCache.withLock({ $0[normalized] }) { return cached.map { entries[$0] } }
    let found = nearestIndex(to: normalized)
    suggestionCache.withLock { cache in
      if cache.count >= suggestionCacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[normalized] = .some(found)
    }
    return found.map { entries[$0] }
  }

  private static let suggestionCacheLimit = 4096
  private static let suggestionCache = SharedState<[String: Int?]>([:])

  /// The index of the closest known key to `normalized`, within the limit; keys whose length
  /// differs by more than the limit are skipped without measuring.
  private static func nearestIndex(to normalized: String) -> Int? {
    let wanted = normalized.unicodeScalars.map(\.value)
    guard !wanted.isEmpty else { return nil }
    let limit = wanted.count > 12 ? 3 : 2
    var best: (index: Int, distance: Int)?
    for (index, candidate) in normalizedScalars.enumerated() {
      guard abs(candidate.count - wanted.count) <= limit else { continue }
      let distance = EditDistance.between(wanted, candidate, limit: limit)
      guard distance <= limit else { continue }
      if best == nil || distance < best!.distance { best = (index, distance) }
    }
    return best?.index
  }

  /// The keys signing tools cover, in signing order, with their `signscope` display names.
  public static var signableKeys: [(key: String, scopeName: String)] { signingOrder }

  /// The key a `signscope` display name stands for (names match keys case-insensitively).
  public static func key(forScopeName scopeName: String) -> String {
    PlainText.asciiLowercased(PlainText.trimmed(scopeName))
  }
}
