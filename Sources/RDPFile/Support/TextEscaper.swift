/// Makes text from a file safe to print on a terminal.
///
/// Control characters (C0, DEL, C1), bidirectional overrides and other invisible format
/// characters are written as escapes (`\n`, `\t`, `\u{1B}`, …), so a value can neither move
/// the cursor, recolour the terminal nor hide what it says. Backslashes stay as they are, since
/// Windows paths are full of them.
package enum TextEscaper {
  /// Returns `text` with every unsafe character escaped.
  package static func escape(_ text: String) -> String {
    // Printable ASCII, the common case, needs nothing: checked on the bytes, in place when
    // the string keeps them contiguously (native strings do).
    let printable =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        var index = 0
        while index < bytes.count, bytes[index] &- 0x20 < 0x5F { index &+= 1 }
        return index == bytes.count
      } ?? text.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    if printable { return text }
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        output.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\0": output += "\\0"
      default: output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      }
    }
    return output
  }

  /// `text` escaped and, when longer than `limit` characters, cut to fit with an ellipsis: the
  /// form for text from a file quoted inside a message, where a megabyte-long value would
  /// drown the message.
  package static func brief(_ text: String, limit: Int = 80) -> String {
    let escaped = escape(text)
    guard escaped.count > limit else { return escaped }
    return escaped.prefix(limit - 1) + "…"
  }

  /// Whether a character is escaped when printed.
  package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }
}
