/// Byte-level helpers for ASCII text as clients handle it: trimming, case folding, padding
/// and searching, without `String`'s Unicode machinery on hot paths.
package enum PlainText {
  /// Appends `count` spaces to UTF-8 `output` (indentation and alignment), copied in blocks.
  package static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
    // A gutter or a marker's offset is usually a few spaces: appended one by one.
    if count <= 8 {
      for _ in 0..<max(count, 0) { output.append(0x20) }
      return
    }
    var remaining = count
    while remaining > 0 {
      let block = min(remaining, spaces.count)
      output.append(contentsOf: spaces[0..<block])
      remaining -= block
    }
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 128)

  /// Appends the UTF-8 of the literal `text` to `output` in one copy.
  package static func append(_ text: StaticString, to output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  /// Appends the decimal digits of `value` to UTF-8 `output`, without building a string.
  package static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    if value >= 0, value < 10 {
      output.append(UInt8(truncatingIfNeeded: value) &+ 0x30)
      return
    }
    let start = output.count
    output.append(contentsOf: repeatElement(0x2D, count: decimalWidth(value)))
    output.withUnsafeMutableBufferPointer { buffer in
      var magnitude = value.magnitude
      var index = buffer.count - 1
      repeat {
        buffer[index] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
        magnitude /= 10
        index -= 1
      } while magnitude > 0
      // A negative number keeps the minus sign the first byte was filled with.
      assert(index == start - 1 || (value < 0 && index == start))
    }
  }

  /// The ASCII hexadecimal digit for `value` (0-15), lower or upper case.
  package static func hexDigit(_ value: UInt8, uppercase: Bool = false) -> UInt8 {
    value < 10 ? 0x30 + value : (uppercase ? 0x37 : 0x57) + value
  }

  /// The number of characters ``appendDecimal(_:to:)`` writes for `value`.
  package static func decimalWidth(_ value: Int) -> Int {
    var width = value < 0 ? 2 : 1
    var magnitude = value.magnitude
    while magnitude >= 10 {
      magnitude /= 10
      width += 1
    }
    return width
  }

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
    let utf8 = text.utf8
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var index = 0
      for byte in utf8 {
        buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        index += 1
      }
      return index
    }
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
