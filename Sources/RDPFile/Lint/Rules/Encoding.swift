/// RDP608: bytes that are not valid text, or non-ASCII text in a BOM-less UTF-8 file.
struct Encoding: LintRule {
  static let id = "RDP608"
  static let name = "encoding"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: """
      Bytes that are not valid in the file's encoding (invalid UTF-8, an unpaired UTF-16 \
      surrogate, a dangling odd byte) as an error; non-ASCII text in a UTF-8 file without a \
      byte-order mark as a warning. (UTF-16 that FreeRDP cannot read is RDP709.)
      """,
    whyItMatters: """
      Invalid bytes turn into replacement characters or cut values short, differently in each \
      client. A BOM-less file with non-ASCII text (a user name with an umlaut, a path) is read as \
      UTF-8 by FreeRDP, but Windows may read it in the local ANSI code page and get a different \
      name. mstsc itself writes UTF-16LE with a byte-order mark.
      """,
    example: "username:s:Zoë   (UTF-8 bytes, no BOM)",
    fix:
      "For non-ASCII text: re-encodes the file as UTF-16LE with a BOM, as mstsc writes it. Safe when, checked per file, no modelled client connects differently afterwards (the text is unchanged); unsafe otherwise."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    var diagnostics: [Diagnostic] = []
    var firstNonASCII: Int?
    for index in context.classes.nonASCIILines {
      let line = document.lines[index]
      if !line.hasValidBytes {
        diagnostics.append(
          diagnostic(
            "line holds bytes that are not valid \(document.encoding.encoding.rawValue.uppercased()); clients read them as replacement characters or stop early",
            at: context.range(line: index)))
      } else if firstNonASCII == nil, line.text.unicodeScalars.contains(where: { !$0.isASCII }) {
        firstNonASCII = index
      }
    }
    if diagnostics.isEmpty, let index = firstNonASCII, document.encoding.encoding == .utf8,
      !document.encoding.hasByteOrderMark
    {
      diagnostics.append(
        diagnostic(
          "non-ASCII text in a UTF-8 file without a byte-order mark; Windows may read it in the local code page and see different characters",
          at: context.range(line: index),
          fix: context.checkedFix(
            "Re-encode as UTF-16LE with a byte-order mark",
            [Edit(.changeEncoding(.utf16LittleEndian, byteOrderMark: true))]),
          severity: .warning))
    }
    return diagnostics
  }
}
