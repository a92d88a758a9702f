/// What a key reads as to a person: its skeleton, with look-alike letters and invisible
/// characters resolved.
enum KeyText {
  /// Letters from Cyrillic, Greek and other scripts that look like ASCII letters, and spaces
  /// that look like a space.
  static let confusables: [Unicode.Scalar: Character] = [
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ο": "o", "α": "a", "ε": "e",
    "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ℓ": "l", "ı": "i", "Ӏ": "l",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x",
    "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ",
  ]

  /// What `key` reads as to a person, lower case and trimmed: look-alike letters and spaces
  /// replaced by their ASCII twins, invisible characters (format characters such as U+200B)
  /// dropped. `pаssword` with a Cyrillic `а` reads as `password`.
  static func skeleton(of key: String) -> String {
    guard key.unicodeScalars.contains(where: { !$0.isASCII }) else {
      return PlainText.trimmed(PlainText.asciiLowercased(key))
    }
    var result = ""
    for scalar in key.unicodeScalars {
      if scalar.isASCII {
        result.unicodeScalars.append(scalar)
      } else if let replacement = confusables[scalar] {
        result.append(replacement)
      } else if scalar.properties.generalCategory == .format {
        continue
      } else if scalar.properties.isWhitespace {
        result.append(" ")
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return PlainText.trimmed(PlainText.asciiLowercased(result))
  }
}
