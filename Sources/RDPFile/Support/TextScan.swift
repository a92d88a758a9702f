/// Byte-level text checks for hot paths, where `String` searching costs too much.
enum TextScan {
  /// Whether `text` contains `://`.
  static func hasScheme(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte == 0x2F, previous == (0x3A, 0x2F) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  /// Whether `text` contains the ASCII byte `byte`.
  static func contains(_ text: String, byte: UInt8) -> Bool {
    text.utf8.contains(byte)
  }
}
