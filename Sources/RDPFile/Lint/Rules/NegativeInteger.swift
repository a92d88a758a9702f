/// RDP704: a negative integer, which FreeRDP ignores.
struct NegativeInteger: LintRule {
  static let id = "RDP704"
  static let name = "negative-integer"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "An integer setting with a negative value.",
    whyItMatters: """
      No setting takes a negative number. FreeRDP 3 (measured: 3.30; since 3.0) refuses the \
      whole file because of one, for any key, known or not, without a message; FreeRDP 2.11 \
      ignores the line and keeps its default; what mstsc does is undocumented. Negative values \
      are usually a generator's way of saying "unset".
      """,
    example: "screen mode id:i:-1",
    fix: "None automatic: remove the line or write a documented value.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.invalidIntegers) { line in
      guard line.syntax.type == .integer, line.integer == .invalid(.sign) || line.integer == .invalid(.whitespace)
      else { return nil }
      let trimmed = PlainText.trimmed(line.value)
      guard trimmed.hasPrefix("-"), trimmed.count > 1,
        trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
      else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) is negative (\(TextEscaper.brief(trimmed))): FreeRDP 3.30 refuses the whole file; FreeRDP 2.11 ignores the line",
        at: context.valueRange(line))
    }
  }
}
