/// The names a `signscope` value lists, read one way for every reader (lint, verification,
/// signing and the signature guard): the value split at every comma, each name trimmed of ASCII
/// blanks, in order, empty names kept. An empty name names no setting line, so a signature over
/// such a scope cannot verify; dropping it would hide that.
package struct SignScope: Sendable, Hashable {
  /// The display names (`Full Address`, `Server Port`, …), trimmed, in order.
  package let names: [String]

  /// Reads a `signscope` value.
  package init(value: String) {
    // The comma is ASCII, so the value is split in its UTF-8 bytes without walking characters.
    names = value.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map {
      PlainText.trimmed(String(decoding: $0, as: UTF8.self))
    }
  }

  /// A scope of `names`, as a signer writes it.
  package init(names: [String]) {
    self.names = names
  }

  /// The scope of a document's last `signscope` line, or `nil` when it has none.
  package init?(of settings: EffectiveSettings) {
    guard let line = settings.lastLine(.signScope) else { return nil }
    self.init(value: line.value)
  }

  /// The value as written on a `signscope` line: the names joined with commas.
  package var value: String { names.joined(separator: ",") }

  /// The whole line a signer writes: `signscope:s:` and the value.
  package var settingLine: String { "signscope:s:" + value }

  /// The keys the names stand for, lower-cased, one per name (an empty name gives `""`).
  package var keys: [String] { names.map(PropertyCatalogue.key(forScopeName:)) }

  /// The line a name's signed text comes from: the line that decides its key, or else the key's
  /// last line; `nil` when the document has none.
  package static func line(forKey key: String, in settings: EffectiveSettings) -> SettingLine? {
    settings.effectiveLine(forKey: key) ?? settings.lastLine(forKey: key)
  }

  /// The names with no setting line in the document, in scope order.
  package func missingNames(in settings: EffectiveSettings) -> [String] {
    names.filter { Self.line(forKey: PropertyCatalogue.key(forScopeName: $0), in: settings) == nil }
  }
}
