/// A path as the bytes the file system uses, whatever they are, with a printable form.
///
/// Names need not be UTF-8. A Swift `String` cannot carry such a name unchanged (decoding
/// would turn it into another name), so paths stay bytes from `argv` and `readdir` to `open`.
/// Command-line arguments arrive as strings: one that is not valid UTF-8 is passed on in a
/// form no real argument can take (it starts with a NUL, which `argv` cannot hold), and turned
/// back into its bytes here.
struct PathName: Hashable, Sendable {
  /// The bytes of the path.
  var bytes: [UInt8]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The path a command-line argument names (see ``argument(fromRaw:)``).
  init(argument: String) {
    let utf8 = Array(argument.utf8)
    guard utf8.first == 0, utf8.count % 2 == 1 else {
      bytes = utf8
      return
    }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(utf8.count / 2)
    var index = 1
    while index + 1 < utf8.count {
      guard let high = Self.hexValue(utf8[index]), let low = Self.hexValue(utf8[index + 1]) else {
        bytes = utf8
        return
      }
      decoded.append(high << 4 | low)
      index += 2
    }
    bytes = decoded
  }

  /// The string an argument's raw bytes travel as: the text itself when it is valid UTF-8,
  /// otherwise a NUL followed by the bytes in hexadecimal.
  static func argument(fromRaw raw: [UInt8]) -> String {
    if let text = String(validating: raw, as: UTF8.self) { return text }
    let digits = Array("0123456789abcdef".utf8)
    var encoded: [UInt8] = [0]
    for byte in raw {
      encoded.append(digits[Int(byte >> 4)])
      encoded.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: encoded, as: UTF8.self)
  }

  /// The path for messages: UTF-8 as it is, every byte that is not part of valid UTF-8 as
  /// `\xHH`. Control characters are escaped later, where text is printed.
  var display: String { Self.display(bytes) }

  static func display(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var result = ""
    var index = 0
    while index < bytes.count {
      let length = Self.validSequenceLength(bytes, at: index)
      if length > 0 {
        result += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        index += length
      } else {
        let digits = Array("0123456789ABCDEF")
        result += "\\x" + String(digits[Int(bytes[index] >> 4)]) + String(digits[Int(bytes[index] & 0xF)])
        index += 1
      }
    }
    return result
  }

  /// The length of the valid UTF-8 sequence starting at `index`, or 0.
  private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let (length, lower, upper): (Int, UInt8, UInt8)
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (length, lower, upper) = (2, 0x80, 0xBF)
    case 0xE0: (length, lower, upper) = (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, lower, upper) = (3, 0x80, 0xBF)
    case 0xED: (length, lower, upper) = (3, 0x80, 0x9F)
    case 0xF0: (length, lower, upper) = (4, 0x90, 0xBF)
    case 0xF1...0xF3: (length, lower, upper) = (4, 0x80, 0xBF)
    case 0xF4: (length, lower, upper) = (4, 0x80, 0x8F)
    default: return 0
    }
    guard index + length <= bytes.count, (lower...upper).contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
    return length
  }

  private static func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case 0x30...0x39: digit - 0x30
    case 0x61...0x66: digit - 0x61 + 10
    default: nil
    }
  }

  /// The folder part and the last component: `a/b/c.rdp` → (`a/b`, `c.rdp`); `c.rdp` → (`.`,
  /// `c.rdp`); `/c.rdp` → (`/`, `c.rdp`).
  var split: (folder: [UInt8], name: [UInt8]) {
    var trimmed = bytes[...]
    while trimmed.count > 1, trimmed.last == 0x2F { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: 0x2F) else { return (Array(".".utf8), Array(trimmed)) }
    let folder = trimmed[..<slash]
    return (folder.isEmpty ? [0x2F] : Array(folder), Array(trimmed[(slash + 1)...]))
  }

  /// Whether a name ends in `.rdp`, in any letter case.
  static func isConnectionFileName(_ name: [UInt8]) -> Bool {
    guard name.count >= 4 else { return false }
    let tail = name.suffix(4)
    let start = tail.startIndex
    return tail[start] == 0x2E && tail[start + 1] | 0x20 == 0x72 && tail[start + 2] | 0x20 == 0x64
      && tail[start + 3] | 0x20 == 0x70
  }
}
