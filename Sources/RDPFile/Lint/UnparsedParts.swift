/// The parts of an unparsed line that still has colons: text before the first colon, between the
/// first and second, and after.
struct UnparsedParts {
  var key: String
  var type: String
  var value: String?
  /// Code-unit range of the type field (from after the first colon to the second colon or end).
  var typeRange: Range<Int>

  init?(_ line: Line) {
    let units = CodeUnitView(line.content, encoding: line.encoding)
    guard let first = units.firstIndex(of: 0x3A) else { return nil }
    let second = units[(first + 1)...].firstIndex(of: 0x3A)
    key = line.text(codeUnits: 0..<first)
    typeRange = (first + 1)..<(second ?? units.endIndex)
    type = line.text(codeUnits: typeRange)
    value = second.map { line.text(codeUnits: ($0 + 1)..<units.endIndex) }
  }
}
