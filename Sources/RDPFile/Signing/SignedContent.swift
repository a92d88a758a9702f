/// What a signature covers: the lines named in `signscope`, and the exact bytes signed.
///
/// The bytes are, for each name in the scope in order, that setting's line (trimmed) joined
/// with CRLF, then CRLF, `signscope:s:` and the scope text, CRLF and one NUL character, all in
/// UTF-16LE, whatever the file's own encoding and line endings (the layout rdpsign.exe uses, as
/// reconstructed by nfedera/rdpsign and confirmed on real signed files with OpenSSL).
public struct SignedContent: Sendable, Hashable {
  /// The display names of the scope, in order (`Full Address`, `Server Port`, …).
  public let scopeNames: [String]
  /// The scope names with no setting line in the document.
  public let missingNames: [String]
  /// The bytes that are (or were) signed.
  public let bytes: [UInt8]

  /// The content the document's own `signscope` line describes, or `nil` when it has none.
  package init?(signedBy document: RDPDocument) {
    self.init(signedBy: document.effective)
  }

  /// The content a document's own `signscope` line describes, from its effective view.
  package init?(signedBy effective: EffectiveSettings) {
    let document = effective.document
    guard let scopeLine = effective.lastLine(.signScope) else { return nil }
    let scope = SignScope(value: scopeLine.value)
    var lines: [String] = []
    var missing: [String] = []
    for (name, key) in zip(scope.names, scope.keys) {
      guard let line = SignScope.line(forKey: key, in: effective) else {
        missing.append(name)
        continue
      }
      lines.append(Self.trimmed(document.lines[line.index].text))
    }
    self.init(
      names: scope.names, missing: missing, lines: lines, scopeLine: Self.trimmed(document.lines[scopeLine.index].text))
  }

  /// The content for signing `lines` (the setting lines, in scope order) under `scope`.
  init(scope: SignScope, lines: [String]) {
    self.init(names: scope.names, missing: [], lines: lines, scopeLine: scope.settingLine)
  }

  private init(names: [String], missing: [String], lines: [String], scopeLine: String) {
    scopeNames = names
    missingNames = missing
    let text = lines.map { $0 + "\r\n" }.joined() + scopeLine + "\r\n\u{0}"
    bytes = TextEncoder.encode(text, in: .utf16LittleEndian)
  }

  /// A line without the blanks signing tools trim.
  static func trimmed(_ text: String) -> String {
    let blank: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{0B}" || $0 == "\u{0C}"
    }
    guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else {
      return ""
    }
    return String(text[first...last])
  }
}
