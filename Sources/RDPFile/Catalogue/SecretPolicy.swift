/// Decides which values are secrets and how they are shown.
///
/// A key is secret when the catalogue marks it so (`password`, `password 51`,
/// `gatewayaccesstoken`, …) or when its name starts with `password` or ends in `password` or
/// `token`, so that vendor keys such as `GatewayPassword` stay hidden too.
package struct SecretPolicy: Sendable, Hashable {
  /// Whether secrets are printed as they are.
  package var showSecrets: Bool

  /// The text shown in place of a secret value.
  package static let mask = "********"

  /// Creates a policy.
  package init(showSecrets: Bool = false) {
    self.showSecrets = showSecrets
  }

  /// Whether values of `key` are secret. The key is compared as it reads to a person, so a
  /// look-alike (`pаssword` with a Cyrillic `а`, `gatewayaccesstoken` and a no-break space)
  /// hides its value too.
  package static func isSecret(key: String) -> Bool {
    let normalized = KeyText.skeleton(of: key)
    if let index = PropertyCatalogue.index(of: normalized), PropertyCatalogue.secret[index] { return true }
    return normalized.hasSuffix("password") || normalized.hasSuffix("token")
      || normalized.hasPrefix("password")
  }

  /// Whether values of the key in code units `range` of `line` are secret, as
  /// ``isSecret(key:)`` answers: a catalogued key is answered from its entry, and a key in a
  /// printable-ASCII line from its code units, without building the key's text.
  package static func isSecret(keyIn line: borrowing Line, range: Range<Int>) -> Bool {
    guard line.isPlainASCII else {
      if let index = PropertyCatalogue.table.index(in: line, range: range) { return secretEntries[index] }
      return isSecret(key: line.text(codeUnits: range))
    }
    // Printable ASCII reads to a person as its code units, trimmed and lower-cased: the
    // catalogue and the words are compared on them without building the key's text.
    let encoding = line.encoding
    return line.content.withUnsafeBufferPointer { content in
      func folded(_ offset: Int) -> UInt16 {
        let unit = CodeUnitView.unit(content, at: offset, in: encoding)
        return unit &- 0x41 < 26 ? unit | 0x20 : unit
      }
      var lower = range.lowerBound
      var upper = range.upperBound
      while lower < upper, folded(lower) == 0x20 || folded(lower) == 0x09 { lower += 1 }
      while upper > lower, folded(upper - 1) == 0x20 || folded(upper - 1) == 0x09 { upper -= 1 }
      if let index = PropertyCatalogue.table.index(in: content, encoding: encoding, range: lower..<upper) {
        return secretEntries[index]
      }
      func word(_ text: String, at start: Int) -> Bool {
        start >= lower && start + text.utf8.count <= upper
          && text.utf8.enumerated().allSatisfy { folded(start + $0.offset) == UInt16($0.element) }
      }
      return word("password", at: upper - 8) || word("token", at: upper - 5) || word("password", at: lower)
    }
  }

  /// ``isSecret(key:)`` of every catalogue entry's name, by entry index.
  private static let secretEntries = PropertyCatalogue.normalizedNames.map { isSecret(key: $0) }

  /// The value to print for `key`: the value itself, escaped, or the mask.
  package func display(_ value: String, forKey key: String) -> String {
    if !showSecrets, Self.isSecret(key: key), !value.isEmpty { return Self.mask }
    return TextEscaper.escape(value)
  }

  /// The value for machine-readable output: raw (JSON escapes it), or the mask.
  package func raw(_ value: String, forKey key: String) -> String {
    if !showSecrets, Self.isSecret(key: key), !value.isEmpty { return Self.mask }
    return value
  }

  /// A whole line's text for display: a setting line of a secret key shows `key:type:` and
  /// the mask; anything else is escaped.
  package func display(_ line: Line) -> String {
    if let setting = line.setting {
      return TextEscaper.escape("\(setting.key):\(setting.type.letter):")
        + display(setting.value, forKey: setting.key)
    }
    return maskUnparsed(line.text)
  }

  /// Unparsed lines may still carry a secret after a colon (`password : s : x`): when the text
  /// before the first colon names a secret key, everything after it is masked.
  private func maskUnparsed(_ text: String) -> String {
    guard !showSecrets, let colon = text.firstIndex(of: ":"),
      Self.isSecret(key: String(text[..<colon]))
    else { return TextEscaper.escape(text) }
    return TextEscaper.escape(String(text[...colon])) + Self.mask
  }
}
