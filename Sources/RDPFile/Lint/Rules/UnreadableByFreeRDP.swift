/// RDP709: an encoding FreeRDP does not decode, or a NUL byte that stops it.
struct UnreadableByFreeRDP: LintRule {
  static let id = "RDP709"
  static let name = "unreadable-by-freerdp"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "UTF-16 big-endian, UTF-16 without a byte-order mark, or a NUL byte in a UTF-8 file.",
    whyItMatters: """
      FreeRDP decodes UTF-16 only when the file starts with the little-endian byte-order mark; \
      anything else it reads as a C string that ends at the first NUL byte, so it sees an empty \
      file and reports success. A NUL inside a UTF-8 file cuts the file short in the same way.
      """,
    example: "(UTF-16 text without a byte-order mark)",
    fix: "For UTF-16: re-encodes the file as UTF-16LE with a byte-order mark. Safe: the text is unchanged.")

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    if document.encoding.encoding != .utf8, document.encoding != .mstsc {
      let lossless = document.lines.allSatisfy { $0.isPlainASCII || TextEncoder.encode($0.text, in: $0.encoding)[...] == $0.content }
      return [
        diagnostic(
          "FreeRDP reads nothing from \(document.encoding.label): it decodes only UTF-16LE with a byte-order mark",
          at: SourceRange(line: 1, startColumn: 1, endColumn: 1),
          fix: lossless
            ? Fix(title: "Re-encode as UTF-16LE with a byte-order mark", applicability: .safe, edits: [Edit(.changeEncoding(.utf16LittleEndian, byteOrderMark: true))])
            : nil)
      ]
    }
    guard document.encoding.encoding == .utf8, let index = document.lines.firstIndex(where: { $0.content.contains(0) }) else {
      return []
    }
    return [
      diagnostic(
        "a NUL byte on this line ends the file for FreeRDP: nothing after it is read", at: context.range(line: index))
    ]
  }
}
