/// RDP704: a negative integer, which FreeRDP ignores.
struct NegativeInteger: LintRule {
  static let id = "RDP704"
  static let name = "negative-integer"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "An integer setting with a negative value.",
    whyItMatters: """
      No setting takes a negative number. FreeRDP 2.11.7 ignores the line and keeps its default \
      (older FreeRDP code rejected the whole file); other clients may store the number as it is. \
      Negative values are usually a generator's way of saying "unset".
      """,
    example: "screen mode id:i:-1",
    fix: "None automatic: remove the line or write a documented value.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.invalidIntegers) { line in
      guard line.syntax.type == .integer, line.integer == .invalid(.sign) || line.integer == .invalid(.whitespace) else { return nil }
      let trimmed = HostAddress.trimmed(line.value)
      guard trimmed.hasPrefix("-"), trimmed.count > 1,
        trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
      else { return nil }
      return diagnostic(
        "\(context.show(key: line.key)) is negative (\(TextEscaper.brief(trimmed))); FreeRDP ignores it and uses its default",
        at: context.valueRange(line))
    }
  }
}
