/// How FreeRDP 2.11.7 reads values, as measured with its own parser (`freerdp-oracle.md`), for
/// the portability rules.
enum FreeRDPReading {
  /// The number FreeRDP stores for an `i` value, or `nil` when it ignores the value (both
  /// versions ignore negative values; FreeRDP 3.30 refuses the whole file for one, see
  /// ``signedInteger(_:)``).
  static func integer(_ text: String) -> Int? {
    guard let value = signedInteger(text), value >= 0 else { return nil }
    return value
  }

  /// What C's `strtol(value, NULL, 0)` reads, within the 32-bit range FreeRDP accepts:
  /// leading white space is skipped, `0x` means hex and a leading `0` octal, and anything after
  /// the digits is ignored. `nil` for values without digits or outside -2^31...2^31-1, which
  /// FreeRDP ignores with a warning.
  static func signedInteger(_ text: String) -> Int? {
    signedInteger(Array(text.utf8)[...])
  }

  /// ``signedInteger(_:)`` of UTF-8 bytes.
  static func signedInteger(_ text: ArraySlice<UInt8>) -> Int? {
    var bytes = text
    while let first = bytes.first, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(first) { bytes.removeFirst() }
    var negative = false
    if let first = bytes.first, first == 0x2B || first == 0x2D {
      negative = first == 0x2D
      bytes.removeFirst()
    }
    var radix = 10
    if bytes.count >= 2, bytes.first == 0x30, bytes.dropFirst().first == 0x78 || bytes.dropFirst().first == 0x58,
      bytes.dropFirst(2).first.map(isHex) == true
    {
      radix = 16
      bytes.removeFirst(2)
    } else if bytes.first == 0x30 {
      radix = 8
    }
    var value = 0
    var digits = 0
    for byte in bytes {
      guard let digit = digitValue(byte), digit < radix else { break }
      value = value * radix + digit
      digits += 1
      if value > Int(Int32.max) + 1 { return nil }
    }
    guard digits > 0 else { return nil }
    if negative { return -value }
    return value > Int(Int32.max) ? nil : value
  }

  /// Whether FreeRDP refuses a file whose `full address`, `alternate full address` or
  /// `gatewayhostname` holds `value`: it cuts a port off at the last colon (or after `]:`) and
  /// needs it to be 1–65535.
  static func refusesPort(inAddress value: String) -> Bool {
    let bytes = Array(PlainText.trimmed(value).utf8)
    let portStart: Int
    if bytes.first == 0x5B {
      guard let close = bytes.indices.dropLast().first(where: { bytes[$0] == 0x5D && bytes[$0 + 1] == 0x3A }) else {
        return false
      }
      portStart = close + 2
    } else {
      guard let colon = bytes.lastIndex(of: 0x3A) else { return false }
      portStart = colon + 1
    }
    let port = bytes[portStart...]
    guard !port.isEmpty, port.count <= 6, port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return true }
    let number = port.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    return !(1...65535).contains(number)
  }

  private static func isHex(_ byte: UInt8) -> Bool { digitValue(byte).map { $0 < 16 } ?? false }

  private static func digitValue(_ byte: UInt8) -> Int? {
    switch byte {
    case 0x30...0x39: Int(byte - 0x30)
    case 0x61...0x66: Int(byte - 0x61 + 10)
    case 0x41...0x46: Int(byte - 0x41 + 10)
    default: nil
    }
  }
}
