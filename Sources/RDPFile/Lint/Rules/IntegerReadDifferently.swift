/// RDP703: an integer FreeRDP reads as another number.
struct IntegerReadDifferently: LintRule {
  static let id = "RDP703"
  static let name = "integer-read-differently"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A known integer setting whose value FreeRDP reads as a number other than its decimal digits say: a leading zero (octal), `0x` (hex), or digits followed by other characters.",
    whyItMatters: """
      FreeRDP reads integers like C's `strtol` with automatic base: `010` is 8, `0x780` is 1920, \
      `16abc` is 16. Other clients read such values as decimal, reject them or use the default, \
      so the same file gives different screens, ports or security choices. RDP606 offers fixes.
      """,
    example: "desktopwidth:i:01920   (FreeRDP reads 1920 in octal: invalid digits stop at 01, giving 1)",
    fix: "None here: see RDP606 for rewriting the value in plain decimal.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.invalidIntegers) { line in
      guard line.syntax.type == .integer, line.integer.value == nil, line.expectedType == .integer,
        let theirs = FreeRDPReading.integer(line.value)
      else { return nil }
      var digits = PlainText.trimmed(line.value)
      if digits.hasPrefix("+") { digits.removeFirst() }
      let decimal = digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(digits) : nil
      guard decimal != theirs else { return nil }
      return diagnostic(
        "FreeRDP reads \(context.show(key: line.key)) value \(context.show(line.value, key: line.key)) as \(theirs)\(decimal.map { ", not \($0)" } ?? ""); other clients read it differently or not at all",
        at: context.valueRange(line))
    }
  }
}
