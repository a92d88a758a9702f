/// One DER element: its tag and where its content sits in the bytes it was read from.
///
/// Only the definite-length form is accepted (DER requires it); tags above 30 (the multi-byte
/// form) are read but never expected by the structures we parse.
struct DERNode: Sendable, Hashable {
  /// The first identifier byte: class, constructed bit and low tag number.
  let identifier: UInt8
  /// The content bytes (without the header).
  let content: ArraySlice<UInt8>
  /// The whole element, header included.
  let encoded: ArraySlice<UInt8>

  static let boolean: UInt8 = 0x01
  static let integer: UInt8 = 0x02
  static let bitString: UInt8 = 0x03
  static let octetString: UInt8 = 0x04
  static let null: UInt8 = 0x05
  static let objectIdentifier: UInt8 = 0x06
  static let utf8String: UInt8 = 0x0C
  static let printableString: UInt8 = 0x13
  static let teletexString: UInt8 = 0x14
  static let ia5String: UInt8 = 0x16
  static let utcTime: UInt8 = 0x17
  static let generalizedTime: UInt8 = 0x18
  static let universalString: UInt8 = 0x1C
  static let bmpString: UInt8 = 0x1E
  static let sequence: UInt8 = 0x30
  static let set: UInt8 = 0x31

  /// The identifier of a context-specific tag `[number]`, constructed or primitive.
  static func context(_ number: UInt8, constructed: Bool) -> UInt8 {
    0x80 | (constructed ? 0x20 : 0) | number
  }

  /// Whether the element holds other elements.
  var isConstructed: Bool { identifier & 0x20 != 0 }

  /// The elements inside a constructed element.
  func children() throws(DERError) -> [DERNode] {
    var reader = DERReader(content)
    var nodes: [DERNode] = []
    while !reader.isAtEnd { nodes.append(try reader.next()) }
    return nodes
  }

  /// The elements inside, checking that this element has the expected identifier.
  func children(of expected: UInt8, _ what: String) throws(DERError) -> [DERNode] {
    guard identifier == expected else { throw DERError("\(what): unexpected tag 0x\(hex(identifier))") }
    return try children()
  }

  /// An object identifier in dotted form (`2.5.4.3`).
  func objectIdentifier() throws(DERError) -> String {
    guard identifier == Self.objectIdentifier, let first = content.first else {
      throw DERError("expected an object identifier")
    }
    // The dotted text is written as the components are read, digits straight into bytes.
    var text: [UInt8] = []
    text.reserveCapacity(content.count * 3 + 4)
    func append(_ component: UInt64) {
      if !text.isEmpty { text.append(0x2E) }
      PlainText.appendDecimal(Int(component), to: &text)
    }
    if first < 80 {
      append(UInt64(first / 40))
      append(UInt64(first % 40))
    } else {
      append(2)
      append(UInt64(first) - 80)
    }
    var value: UInt64 = 0
    var pending = false
    for byte in content.dropFirst() {
      guard value < (1 << 56) else { throw DERError("object identifier component too large") }
      value = value << 7 | UInt64(byte & 0x7F)
      pending = byte & 0x80 != 0
      if !pending {
        append(value)
        value = 0
      }
    }
    guard !pending else { throw DERError("object identifier ends inside a component") }
    return String(decoding: text, as: UTF8.self)
  }

  /// Text from one of the string types certificates use for names.
  func string() -> String? {
    switch identifier {
    case Self.utf8String, Self.printableString, Self.ia5String, Self.teletexString:
      // TeletexString is in practice Latin-1 or UTF-8; reading it as UTF-8 keeps ASCII exact.
      return String(decoding: content, as: UTF8.self)
    case Self.bmpString:
      let units = stride(from: content.startIndex, to: content.endIndex - 1, by: 2).map {
        UInt16(content[$0]) << 8 | UInt16(content[$0 + 1])
      }
      return String(decoding: units, as: UTF16.self)
    case Self.universalString:
      var scalars = String.UnicodeScalarView()
      for index in stride(from: content.startIndex, to: content.endIndex - 3, by: 4) {
        let value = content[index...index + 3].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      }
      return String(scalars)
    default:
      return nil
    }
  }
}

/// Two hex digits.
func hex(_ byte: UInt8) -> String {
  hex(CollectionOfOne(byte))
}

/// `bytes` as lower-case hexadecimal, two digits each, written straight into the string.
func hex(_ bytes: some Collection<UInt8>) -> String {
  String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
    var index = 0
    for byte in bytes {
      buffer[index] = PlainText.hexDigit(byte >> 4)
      buffer[index + 1] = PlainText.hexDigit(byte & 0x0F)
      index += 2
    }
    return index
  }
}
