/// RDP614: control or invisible characters in a line.
struct ControlCharacters: LintRule {
  static let id = "RDP614"
  static let name = "control-characters"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A line with control characters (other than tab), terminal escape sequences, bidirectional overrides or zero-width characters.",
    whyItMatters: """
      Such characters have no business in a connection setting. They hide text when the file is \
      printed or edited (an escape sequence can recolour or erase what a terminal shows; a \
      bidirectional override can make `evil.example` read as something else), which is how a \
      rogue file disguises where it connects. rdpfile prints them escaped.
      """,
    example: "full address:s:ts.example.com\\u{1B}[8mhidden",
    fix: "None automatic: find out how they got there.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atLines: context.classes.nonASCIILines) { index in
      let line = context.document.lines[index]
      let text = line.text
      guard let found = text.unicodeScalars.first(where: { $0 != "\t" && TextEscaper.needsEscape($0) }) else {
        return nil
      }
      let name = "U+" + PlainText.zeroPadded(String(found.value, radix: 16, uppercase: true), to: 4)
      return diagnostic(
        "line contains control or invisible characters (first: \(name)) that can hide or disguise text when shown",
        at: context.range(line: index))
    }
  }
}
