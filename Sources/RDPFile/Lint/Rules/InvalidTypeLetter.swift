/// RDP603: a type field that is not `i`, `s` or `b`.
struct InvalidTypeLetter: LintRule {
  static let id = "RDP603"
  static let name = "invalid-type-letter"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A `key:type:value` line whose type is empty, longer than one character, or a letter other than `i`, `s` and `b` (upper case included). Spaces around a valid letter are RDP610.",
    whyItMatters: """
      Clients skip such lines without a word: FreeRDP drops a type longer than one character \
      and ignores unknown letters, including `I` and `S`. The setting does nothing.
      """,
    example: "screen mode id:I:2",
    fix: "Lower-cases an upper-case `I`, `S` or `B`. Unsafe: the line starts to take effect.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atLines: context.classes.unparsedLines) { index in
      let line = context.document.lines[index]
      guard case .unparsed(let reason) = line.kind, [.unknownTypeLetter, .emptyType, .typeTooLong].contains(reason),
        let parts = UnparsedParts(line)
      else { return nil }
      let trimmedType = PlainText.trimmed(parts.type)
      if reason == .typeTooLong, ValueType(rawValue: trimmedType) != nil { return nil }
      let lower = parts.type.lowercased()
      let fix =
        parts.type.count == 1 && ValueType(rawValue: lower) != nil
        ? Fix(
          title: "Write the type letter as '\(lower)'", applicability: .unsafe,
          edits: [Edit(.replace(line: index, range: parts.typeRange, text: lower))])
        : nil
      let shown = parts.type.isEmpty ? "an empty type" : "type '\(TextEscaper.brief(parts.type))'"
      return diagnostic(
        "\(context.show(key: parts.key)) has \(shown); only i, s and b are valid, so clients skip this line",
        at: context.range(line: index, codeUnits: parts.typeRange), fix: fix)
    }
  }
}
