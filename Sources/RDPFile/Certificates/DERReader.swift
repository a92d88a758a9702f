/// Reads DER elements one after another from a byte slice, checking every length against what
/// is left, so hostile input can only produce an error, never a read out of bounds.
struct DERReader {
  private let bytes: ArraySlice<UInt8>
  private var position: Int

  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    position = bytes.startIndex
  }

  var isAtEnd: Bool { position >= bytes.endIndex }

  /// The next element.
  mutating func next() throws(DERError) -> DERNode {
    let start = position
    guard position < bytes.endIndex else { throw DERError("truncated: expected another element") }
    let identifier = bytes[position]
    position += 1
    if identifier & 0x1F == 0x1F {
      // High tag number form: skip the tag's continuation bytes.
      var count = 0
      repeat {
        guard position < bytes.endIndex, count < 4 else { throw DERError("truncated or oversized tag") }
        count += 1
        position += 1
      } while bytes[position - 1] & 0x80 != 0
    }
    guard position < bytes.endIndex else { throw DERError("truncated: missing length") }
    let first = bytes[position]
    position += 1
    var length: Int
    if first < 0x80 {
      length = Int(first)
    } else {
      let count = Int(first & 0x7F)
      guard count > 0 else { throw DERError("indefinite length is not DER") }
      guard count <= 4 else { throw DERError("length of \(count) bytes is too large") }
      guard bytes.endIndex - position >= count else { throw DERError("truncated: length cut short") }
      length = 0
      for _ in 0..<count {
        length = length << 8 | Int(bytes[position])
        position += 1
      }
    }
    guard length <= bytes.endIndex - position else {
      throw DERError("element claims \(length) bytes but only \(bytes.endIndex - position) remain")
    }
    let content = bytes[position..<(position + length)]
    position += length
    return DERNode(identifier: identifier, content: content, encoded: bytes[start..<position])
  }

  /// The next element, which must have `identifier`.
  mutating func next(_ identifier: UInt8, _ what: String) throws(DERError) -> DERNode {
    let node = try next()
    guard node.identifier == identifier else { throw DERError("\(what): unexpected tag 0x\(hex(node.identifier))") }
    return node
  }

  /// The next element if it has `identifier`; otherwise nothing is consumed.
  mutating func optional(_ identifier: UInt8) throws(DERError) -> DERNode? {
    guard position < bytes.endIndex, bytes[position] == identifier else { return nil }
    return try next()
  }
}

/// Why DER bytes (a certificate, a signature block) could not be read.
package struct DERError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong, in a few words.
  package let description: String

  init(_ description: String) { self.description = description }
}
