/// A JSON value with ordered object keys, so that output is stable and diffable.
package enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object whose keys keep their insertion order.
  case object([(String, JSONValue)])

  /// Creates a string value.
  package init(stringLiteral value: String) { self = .string(value) }
  /// Creates an integer value.
  package init(integerLiteral value: Int) { self = .int(value) }
  /// Creates a boolean value.
  package init(booleanLiteral value: Bool) { self = .bool(value) }
  /// Creates an array value.
  package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

  /// A string, or `null` for `nil`.
  package static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
  /// An integer, or `null` for `nil`.
  package static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

  /// The value as JSON text: compact on one line, or indented by two spaces.
  package func rendered(pretty: Bool = false, indent: Int = 0) -> String {
    var output: [UInt8] = []
    write(into: &output, pretty: pretty, indent: indent)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the value as JSON text (UTF-8) to `output`: the renderers stream into one
  /// reusable byte buffer instead of building strings.
  package func write(into output: inout [UInt8], pretty: Bool = false, indent: Int = 0) {
    switch self {
    case .null: output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let value): output.append(contentsOf: value ? "true".utf8 : "false".utf8)
    case .int(let value): PlainText.appendDecimal(value, to: &output)
    case .string(let value): JSONValue.writeString(value, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append(contentsOf: [0x5B, 0x5D])
        return
      }
      output.append(0x5B)
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(0x2C) }
        if pretty { JSONValue.newline(indent + 1, into: &output) }
        element.write(into: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(indent, into: &output) }
      output.append(0x5D)
    case .object(let members):
      guard !members.isEmpty else {
        output.append(contentsOf: [0x7B, 0x7D])
        return
      }
      output.append(0x7B)
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output.append(0x2C) }
        if pretty { JSONValue.newline(indent + 1, into: &output) }
        JSONValue.writeString(key, into: &output)
        output.append(0x3A)
        if pretty { output.append(0x20) }
        value.write(into: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(indent, into: &output) }
      output.append(0x7D)
    }
  }

  /// A line break and `indent` levels of two spaces, in one copy when it fits.
  static func newline(_ indent: Int, into output: inout [UInt8]) {
    let width = 1 + indent * 2
    guard width <= lineBreak.count else {
      output.append(0x0A)
      PlainText.appendSpaces(indent * 2, to: &output)
      return
    }
    output.append(contentsOf: lineBreak[0..<width])
  }

  /// A line break and the deepest indentation written in one piece.
  private static let lineBreak: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 24)

  /// Appends a JSON string literal. Control characters, DEL, C1 controls, bidirectional
  /// overrides and other invisible characters are escaped as `\uXXXX` (a surrogate pair past
  /// U+FFFF), so JSON output never carries raw terminal escapes. Works on the UTF-8 bytes:
  /// plain ASCII, by far the most common, is copied without decoding.
  static func writeString(_ value: String, into output: inout [UInt8]) {
    output.append(0x22)
    var value = value
    value.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        // Runs of printable ASCII other than `"` and `\` are copied whole.
        let run = index
        while index < bytes.count {
          let byte = bytes[index]
          guard byte &- 0x20 < 0x5F, byte != 0x22, byte != 0x5C else { break }
          index &+= 1
        }
        if index > run { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        if byte < 0x80 {
          switch byte {
          case 0x22: output.append(contentsOf: [0x5C, 0x22])
          case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
          case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
          case 0x0D: output.append(contentsOf: [0x5C, 0x72])
          case 0x09: output.append(contentsOf: [0x5C, 0x74])
          case 0x00..<0x20, 0x7F: escape(UInt32(byte), into: &output)
          default: output.append(byte)
          }
          index += 1
          continue
        }
        // A well-formed multi-byte sequence (a String's UTF-8 always is).
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var scalar = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        if TextEscaper.needsEscape(Unicode.Scalar(scalar)!) {
          escape(scalar, into: &output)
        } else {
          output.append(contentsOf: bytes[index..<(index + length)])
        }
        index += length
      }
    }
    output.append(0x22)
  }

  /// `\uXXXX`, or a surrogate pair for a scalar past U+FFFF.
  private static func escape(_ scalar: UInt32, into output: inout [UInt8]) {
    if scalar > 0xFFFF {
      let offset = scalar - 0x10000
      escape(0xD800 + (offset >> 10), into: &output)
      escape(0xDC00 + (offset & 0x3FF), into: &output)
      return
    }
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    output.append(contentsOf: [0x5C, 0x75])
    for shift in stride(from: 12, through: 0, by: -4) { output.append(hex[Int((scalar >> UInt32(shift)) & 0xF)]) }
  }

  /// Compares values; objects compare their members in order.
  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// Hashes the value.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(rendered())
  }
}
