/// The catalogue of known `.rdp` properties.
public enum PropertyCatalogue {
  /// Every known property, in catalogue order.
  public static var all: [Property] { entries }

  private static let byNormalizedName: [String: Property] = Dictionary(
    entries.map { ($0.normalizedName, $0) }, uniquingKeysWith: { first, _ in first })

  /// The property for `name`, matched ASCII case-insensitively.
  public static func property(named name: String) -> Property? {
    byNormalizedName[Setting.normalize(name)]
  }

  /// The closest known key to an unknown `name`, for "did you mean" hints: an edit distance of
  /// at most 2 (3 for names longer than 12 characters), ignoring case and surrounding spaces.
  public static func suggestion(for name: String) -> Property? {
    let wanted = Array(HostAddress.trimmed(Setting.normalize(name)).unicodeScalars)
    guard !wanted.isEmpty else { return nil }
    let limit = wanted.count > 12 ? 3 : 2
    var best: (property: Property, distance: Int)?
    for property in entries {
      let candidate = Array(property.normalizedName.unicodeScalars)
      guard abs(candidate.count - wanted.count) <= limit else { continue }
      let distance = EditDistance.between(wanted, candidate, limit: limit)
      guard distance <= limit else { continue }
      if best == nil || distance < best!.distance { best = (property, distance) }
    }
    return best?.property
  }

  /// The keys signing tools cover, in signing order, with their `signscope` display names.
  public static var signableKeys: [(key: String, scopeName: String)] { signingOrder }

  /// The key a `signscope` display name stands for (names match keys case-insensitively).
  public static func key(forScopeName scopeName: String) -> String {
    Setting.normalize(HostAddress.trimmed(scopeName))
  }
}
