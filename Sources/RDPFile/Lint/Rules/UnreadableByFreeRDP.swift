/// RDP709: an encoding FreeRDP does not decode, or a NUL byte that stops it.
struct UnreadableByFreeRDP: LintRule {
  static let id = "RDP709"
  static let name = "unreadable-by-freerdp"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: """
      UTF-16 big-endian, UTF-16 without a byte-order mark, a NUL byte in a UTF-8 file, or an \
      unpaired surrogate in UTF-16.
      """,
    whyItMatters: """
      FreeRDP (2.11 and 3.30, measured) decodes UTF-16 only when the file starts with the \
      little-endian byte-order mark; anything else it reads as a C string that ends at the first \
      NUL byte, so it sees an empty file and reports success. A NUL inside a UTF-8 file cuts \
      the file short in the same way. FreeRDP 3.30 refuses a UTF-16 file with an unpaired \
      surrogate outright (2.11 reads it as U+FFFD).
      """,
    example: "(UTF-16 text without a byte-order mark)",
    fix: """
      For UTF-16 that FreeRDP cannot read: re-encodes the file as UTF-16LE with a byte-order \
      mark. Unsafe: the text is unchanged, but FreeRDP users start connecting with a file that \
      did nothing for them before.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    if document.encoding.encoding != .utf8, document.encoding != .mstsc {
      return [
        diagnostic(
          "FreeRDP reads nothing from \(document.encoding.label): it decodes only UTF-16LE with a byte-order mark",
          at: SourceRange(line: 1, startColumn: 1, endColumn: 1),
          fix: document.hasValidBytes
            ? context.checkedFix(
              "Re-encode as UTF-16LE with a byte-order mark",
              [Edit(.changeEncoding(.utf16LittleEndian, byteOrderMark: true))])
            : nil)
      ]
    }
    if let refusal = FreeRDPFileReader.surrogateRefusal(of: document) {
      return [diagnostic(refusal, at: SourceRange(line: 1, startColumn: 1, endColumn: 1))]
    }
    guard document.encoding.encoding == .utf8, document.storage.contains(0),
      let index = document.lines.firstIndex(where: { $0.content.contains(0) })
    else {
      return []
    }
    return [
      diagnostic(
        "a NUL byte on this line ends the file for FreeRDP: nothing after it is read", at: context.range(line: index))
    ]
  }
}
