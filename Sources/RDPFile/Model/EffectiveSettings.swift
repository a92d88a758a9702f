/// What a client will actually use from a document.
///
/// The choices, and where they come from (measured with FreeRDP 2.11.7 in
/// `freerdp-oracle.md`; Microsoft documents none of them):
/// - Keys match ASCII case-insensitively and are not trimmed: ` username` is a different key.
/// - A key's **last** occurrence wins. The document still holds every occurrence.
/// - A known key counts only with its catalogued type letter (`server port:s:3390` is ignored,
///   as FreeRDP ignores it), and an integer counts only when it is strict decimal (see
///   ``IntegerValue``); an invalid later occurrence does not override a valid earlier one.
/// - String values are trimmed of spaces, tabs, vertical tabs and form feeds at both ends,
///   except passwords, which are kept exactly.
public struct EffectiveSettings: Sendable {
  /// The document the view was built from.
  public let document: RDPDocument
  private let occurrencesByKey: [String: [Int]]

  init(document: RDPDocument) {
    self.document = document
    var map: [String: [Int]] = [:]
    for (index, line) in document.lines.enumerated() {
      guard let setting = line.setting else { continue }
      map[setting.normalizedKey, default: []].append(index)
    }
    occurrencesByKey = map
  }

  /// The indices of every line with `key`, in file order.
  public func lineIndices(forKey key: String) -> [Int] {
    occurrencesByKey[Setting.normalize(key)] ?? []
  }

  /// Every distinct key present, normalized, in no particular order.
  public var keys: Dictionary<String, [Int]>.Keys { occurrencesByKey.keys }

  /// The line that decides `key` under the rules above, with its setting.
  public func effectiveLine(forKey key: String) -> (line: Int, setting: Setting)? {
    let indices = lineIndices(forKey: key)
    let property = PropertyCatalogue.property(named: key)
    for index in indices.reversed() {
      guard let setting = document.lines[index].setting else { continue }
      if let property, property.type != setting.type { continue }
      if setting.type == .integer, IntegerValue(parsing: setting.value).value == nil { continue }
      return (index, setting)
    }
    return nil
  }

  /// The effective string value of `key`, trimmed (passwords excepted).
  public func string(_ key: String) -> String? {
    guard let (_, setting) = effectiveLine(forKey: key) else { return nil }
    if PropertyCatalogue.property(named: key)?.isSecret == true { return setting.value }
    return HostAddress.trimmed(setting.value)
  }

  /// The effective integer value of `key`, when a strict decimal occurrence exists.
  public func integer(_ key: String) -> Int? {
    guard let (_, setting) = effectiveLine(forKey: key), setting.type == .integer else {
      return nil
    }
    return IntegerValue(parsing: setting.value).value
  }

  /// Whether any line carries `key`, whatever its type or value.
  public func contains(_ key: String) -> Bool {
    occurrencesByKey[Setting.normalize(key)] != nil
  }

  /// The connection this document describes.
  public var connection: Connection { Connection(self) }
}
