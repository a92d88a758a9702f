/// One line of an `.rdp` file: its raw bytes, its terminator and what it parses as.
///
/// The bytes are the truth; ``text`` and ``setting`` are views decoded on demand. Two lines are
/// equal when their bytes, terminator and encoding are equal.
public struct Line: Sendable, Hashable {
  /// What a line parses as.
  public enum Kind: Sendable, Hashable {
    /// A `key:type:value` line, with the positions of its parts.
    case setting(SettingSyntax)
    /// An empty line, or one holding only spaces and tabs.
    case blank
    /// A non-blank line that is not a setting, with the reason.
    case unparsed(UnparsedReason)
  }

  /// The content bytes in the document's encoding, without the terminator.
  public let content: ArraySlice<UInt8>
  /// The line's own end-of-line sequence.
  public let terminator: LineTerminator
  /// What the line parses as.
  public let kind: Kind
  /// The encoding the bytes are in.
  public let encoding: TextEncoding
  /// Whether every character is printable ASCII or a tab: such a line decodes trivially and has
  /// no control characters, invalid bytes or look-alike letters. Known from parsing.
  public let isPlainASCII: Bool

  init(content: ArraySlice<UInt8>, terminator: LineTerminator, kind: Kind, encoding: TextEncoding, isPlainASCII: Bool) {
    self.content = content
    self.terminator = terminator
    self.kind = kind
    self.encoding = encoding
    self.isPlainASCII = isPlainASCII
  }

  /// The same content with another terminator.
  func with(terminator: LineTerminator) -> Line {
    Line(content: content, terminator: terminator, kind: kind, encoding: encoding, isPlainASCII: isPlainASCII)
  }

  /// Parses one line of content in `encoding`.
  public init(content: [UInt8], terminator: LineTerminator, encoding: TextEncoding) {
    self = LineParser.line(content: content[...], terminator: terminator, encoding: encoding)
  }

  /// The content as text; invalid bytes show as U+FFFD.
  public var text: String {
    isPlainASCII ? TextDecoder.ascii(content, in: encoding) : TextDecoder.decode(content, in: encoding)
  }

  /// Whether the content is valid in its encoding: decoding it and encoding the text again
  /// gives the same bytes (no invalid UTF-8, unpaired surrogate or half code unit).
  package var hasValidBytes: Bool {
    isPlainASCII || TextEncoder.encode(text, in: encoding)[...] == content
  }

  /// The number of whole code units in the content.
  public var codeUnitCount: Int {
    content.count / encoding.codeUnitSize
  }

  /// The text of a range of code units of the content.
  public func text(codeUnits range: Range<Int>) -> String {
    Self.text(of: content, encoding: encoding, isPlainASCII: isPlainASCII, codeUnits: range)
  }

  static func text(
    of content: ArraySlice<UInt8>, encoding: TextEncoding, isPlainASCII: Bool, codeUnits range: Range<Int>
  ) -> String {
    guard isPlainASCII else { return TextDecoder.decode(content, codeUnits: range, in: encoding) }
    let size = encoding.codeUnitSize
    let start = content.startIndex + range.lowerBound * size
    return TextDecoder.ascii(content[start..<(start + range.count * size)], in: encoding)
  }

  /// The positions of the setting's parts, when the line is a setting.
  public var syntax: SettingSyntax? {
    if case .setting(let syntax) = kind { return syntax }
    return nil
  }

  /// The decoded setting, when the line is one.
  public var setting: Setting? {
    guard let syntax else { return nil }
    return Setting(
      key: text(codeUnits: syntax.keyRange), type: syntax.type,
      value: text(codeUnits: syntax.valueRange))
  }

  /// The whole line as bytes, terminator included.
  public var bytes: [UInt8] {
    Array(content) + terminator.bytes(in: encoding)
  }

  /// Whether the line is blank.
  public var isBlank: Bool { kind == .blank }
}
