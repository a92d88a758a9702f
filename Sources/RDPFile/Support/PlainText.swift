/// Byte-level helpers for ASCII text as clients handle it: trimming, case folding, padding
/// and searching, without `String`'s Unicode machinery on hot paths.
package enum PlainText {
  /// Appends `count` spaces to UTF-8 `output` (indentation and alignment), copied in blocks.
  package static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
    var remaining = count
    while remaining > 0 {
      let block = min(remaining, spaces.count)
      output.append(contentsOf: spaces[0..<block])
      remaining -= block
    }
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 128)

  /// `text` without space, tab, line feed, vertical tab, form feed and carriage return at either
  /// end: C's `isspace` trimming, which FreeRDP applies to string values (`freerdp-oracle.md`).
  package static func trimmed(_ text: String) -> String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return text }
    if !isSpace(first), !isSpace(last) { return text }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = utf8.lastIndex(where: { !isSpace($0) })!
    return String(text[start...end])
  }

  /// `text` with ASCII letters folded to lower case and everything else left alone, as key
  /// matching folds keys.
  package static func asciiLowercased(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
    return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// `text` padded on the left with zeros to `width` characters.
  package static func zeroPadded(_ text: String, to width: Int) -> String {
    text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }

  /// Whether `text` contains `://`.
  package static func hasScheme(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte == 0x2F, previous == (0x3A, 0x2F) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  /// Whether `text` contains the ASCII byte `byte`.
  package static func contains(_ text: String, byte: UInt8) -> Bool {
    text.utf8.contains(byte)
  }
}
