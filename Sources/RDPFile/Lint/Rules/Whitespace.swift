/// RDP610: spaces around keys, type letters or values.
struct Whitespace: LintRule {
  static let id = "RDP610"
  static let name = "whitespace"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "Leading or trailing spaces or tabs around a key, around the type letter, or around a string value (passwords and the signature, which is written in space-separated pieces, excepted).",
    whyItMatters: """
      Keys are not trimmed: ` username` is a different, unknown key to FreeRDP and the setting is \
      lost. Spaces around the type letter (`key : s : value`) make FreeRDP drop the whole line. \
      String values are trimmed by FreeRDP but not by IronRDP, so ` host ` reaches some clients \
      with the spaces.
      """,
    example: " full address :s: ts.example.com ",
    fix:
      "Removes the spaces. Safe for values; unsafe for keys and type letters, because the line starts to take effect in clients that skipped it."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for index in context.classes.unparsedLines where context.document.lines[index].kind == .unparsed(.typeTooLong) {
      let line = context.document.lines[index]
      guard let parts = UnparsedParts(line), let value = parts.value,
        ValueType(rawValue: PlainText.trimmed(parts.type)) != nil
      else { continue }
      let rebuilt = "\(PlainText.trimmed(parts.key)):\(PlainText.trimmed(parts.type)):\(value)"
      diagnostics.append(
        diagnostic(
          "spaces around the type letter of \(context.show(key: PlainText.trimmed(parts.key))); FreeRDP drops the whole line",
          at: context.range(line: index, codeUnits: parts.typeRange),
          fix: Fix(
            title: "Remove the spaces around the type letter", applicability: .unsafe,
            edits: [.replaceContent(line: index, of: context.document, with: rebuilt)])))
    }
    for line in context.settingLines(at: context.classes.padded) {
      let trimmedKey = PlainText.trimmed(line.key)
      if trimmedKey != line.key, !trimmedKey.isEmpty {
        diagnostics.append(
          diagnostic(
            "key \(context.show(key: line.key)) has spaces around it, so clients read it as a different, unknown key",
            at: context.keyRange(line),
            fix: Fix(
              title: "Write the key as '\(TextEscaper.brief(trimmedKey))'", applicability: .unsafe,
              edits: [Edit(.replace(line: line.index, range: line.syntax.keyRange, text: trimmedKey))])))
      }
      let padded = [" ", "\t"].contains(line.value.first) || [" ", "\t"].contains(line.value.last)
      if line.syntax.type == .string, padded, !line.trimmedValue.isEmpty, !SecretPolicy.isSecret(key: line.key),
        line.normalizedKey != "signature"
      {
        diagnostics.append(
          diagnostic(
            "\(context.show(key: trimmedKey)) value has spaces around it; FreeRDP trims them, other clients keep them",
            at: context.valueRange(line),
            fix: context.checkedFix(
              "Remove the spaces around the value",
              [.replaceValue(line: line.index, syntax: line.syntax, with: line.trimmedValue)])))
      }
    }
    return diagnostics
  }
}
