/// Checks what a user asks to write (`set`, `fix --set`, `fix --unset`) against the catalogue
/// before any file is touched, so a typo is caught once instead of being written into every file
/// of a share.
package enum SettingRequest {
  /// What is wrong with a request.
  package struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// The message, naming the key and, when one is close, the key that was probably meant.
    package let description: String
    /// Whether `--force` may override it (an unknown key, a type letter or value the catalogue
    /// does not expect); text that would break the file is never allowed.
    package let overridable: Bool
  }

  /// The problems with writing `setting`; empty when the key is known and the type letter and
  /// value are the ones it takes.
  package static func problems(setting: Setting) -> [Problem] {
    let secret = SecretPolicy.isSecret(key: setting.key)
    if let problem = unusableText(setting.key, what: "key")
      ?? unusableText(setting.value, what: secret ? "secret value" : "value")
    {
      return [problem]
    }
    guard let property = PropertyCatalogue.property(named: setting.key) else {
      return [unknownKey(setting.key)]
    }
    guard setting.type == property.type else {
      return [
        Problem(
          description: "'\(property.name)' takes type \(property.type.letter), not \(setting.type.letter)",
          overridable: true)
      ]
    }
    guard setting.type == .integer else { return [] }
    guard case .valid(let value) = IntegerValue(parsing: setting.value) else {
      return [
        Problem(
          description: "'\(property.name)' takes a decimal number, not '\(TextEscaper.brief(setting.value))'",
          overridable: true)
      ]
    }
    guard property.allowed.allows(value) else {
      return [
        Problem(description: "'\(property.name)' takes \(property.allowed.label), not \(value)", overridable: true)
      ]
    }
    return []
  }

  /// The problems with removing `key`: an unknown key is probably a typo.
  package static func problems(unsetting key: String) -> [Problem] {
    if let problem = unusableText(key, what: "key") { return [problem] }
    return PropertyCatalogue.property(named: key) == nil ? [unknownKey(key)] : []
  }

  private static func unknownKey(_ key: String) -> Problem {
    let hint = PropertyCatalogue.suggestion(for: key).map { "; did you mean '\($0.name)'?" } ?? ""
    return Problem(
      description: "'\(TextEscaper.escape(key))' is not a known key\(hint) (clients ignore unknown keys)",
      overridable: true)
  }

  /// Text that cannot go into a line: line breaks and other control characters, spaces around a
  /// key (clients would read another key), an empty key.
  private static func unusableText(_ text: String, what: String) -> Problem? {
    if what == "key", text.isEmpty { return Problem(description: "the key is empty", overridable: false) }
    if text.unicodeScalars.contains(where: { TextEscaper.needsEscape($0) && $0 != "\t" }) {
      let shown = what == "secret value" ? "" : " '\(TextEscaper.brief(text))'"
      return Problem(description: "the \(what)\(shown) holds control or invisible characters", overridable: false)
    }
    if what == "key", text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t" {
      return Problem(
        description:
          "the key '\(TextEscaper.escape(text))' has spaces at its ends, which make it another key for clients",
        overridable: false)
    }
    return nil
  }
}
