@testable import RDPFile

/// Builds documents from pieces: encodings × byte-order marks × terminators × final newline ×
/// whitespace × junk lines × duplicate keys × random bytes.
struct DocumentGenerator {
  var random: SeededGenerator

  static let keys = [
    "full address", "Full Address", "server port", "username", "authentication level",
    "enablecredsspsupport", "negotiate security layer", "gatewayhostname", "alternate full address",
    "screen mode id", "redirectclipboard", "password 51", "drivestoredirect", "custom key",
  ]
  static let values = [
    "host.example.com", "10.0.0.1:3390", "[fe80::1]:3389", "fe80::1", "0", "1", "2", "3389",
    "C:\\Users\\a b", "", " spaced ", "ünïcödé", "😀 emoji", "a:b:c", "0x10", "010", "-1",
  ]
  static let junk = [
    "# comment", "; note", "[section]", "key:ss:x", "key::x", ":s:empty", "no colon here",
    "onecolon:only", "UPPER:S:x", "/v:evil", "x", "\t", "   ",
  ]
  static let terminators: [LineTerminator] = [.crlf, .lf, .cr]

  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

  /// A document as text plus the encoding and BOM choice that turn it into bytes.
  mutating func document() -> (bytes: [UInt8], encoding: TextEncoding, bom: Bool) {
    let encoding = pick(TextEncoding.allCases)
    let bom = chance(60)
    let lineCount = Int.random(in: 0...40, using: &random)
    let mixed = chance(15)
    let base = pick(Self.terminators)
    var text = ""
    for index in 0..<lineCount {
      switch Int.random(in: 0..<10, using: &random) {
      case 0: text += pick(Self.junk)
      case 1: text += ""
      default:
        var key = pick(Self.keys)
        if chance(5) { key = " " + key }
        if chance(5) { key += " " }
        let type = chance(90) ? pick(["i", "s", "b"]) : pick(["I", "x", "ss", ""])
        text += "\(key):\(type):\(pick(Self.values))"
      }
      let isLast = index == lineCount - 1
      if !isLast || chance(70) {
        text += (mixed ? pick(Self.terminators) : base).codeUnits
          .map { String(UnicodeScalar(UInt8($0))) }.joined()
      }
    }
    var bytes = (bom ? encoding.byteOrderMark : []) + TextEncoder.encode(text, in: encoding)
    if chance(10) {
      // Random bytes anywhere: invalid UTF-8, lone surrogates, NULs, odd lengths.
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        let position = Int.random(in: 0...bytes.count, using: &random)
        bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
      }
    }
    return (bytes, encoding, bom)
  }

  /// Completely random bytes.
  mutating func randomBytes() -> [UInt8] {
    (0..<Int.random(in: 0...200, using: &random)).map { _ in
      chance(30) ? pick([0x0A, 0x0D, 0x00, 0x3A, 0xFF, 0xFE]) : UInt8.random(in: 0...255, using: &random)
    }
  }
}
