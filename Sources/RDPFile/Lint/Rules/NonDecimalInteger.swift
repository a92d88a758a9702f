/// RDP606: an integer value that is not plain decimal.
struct NonDecimalInteger: LintRule {
  static let id = "RDP606"
  static let name = "non-decimal-integer"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "An `i` value that is empty, padded with spaces, signed with `+`, written in hex, with a leading zero, with other characters, or above 2147483647. Negative numbers are RDP704.",
    whyItMatters: """
      Only plain decimal reads the same everywhere. FreeRDP (2.11 and 3.30, measured) reads \
      `010` as 8 and `0x10` as 16, skips spaces and a `+`, and ignores trailing junk; what mstsc \
      does is undocumented, and other parsers differ again. A value that is not plain decimal \
      means different things to different clients.
      """,
    example: "desktopwidth:i:0x780",
    fix: """
      Drops spaces and a `+`, where the number itself is plain. Safe when no modelled client \
      reads the value differently afterwards (checked per file); unsafe otherwise. Hex, leading \
      zeros and junk get no automatic fix: whether `010` meant 8 or 10 cannot be known.
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.invalidIntegers) { line in
      guard line.syntax.type == .integer, case .invalid(let problem) = line.integer else { return nil }
      let trimmed = PlainText.trimmed(line.value)
      if trimmed.hasPrefix("-"), trimmed.dropFirst().allSatisfy(\.isASCII), Int(trimmed) != nil { return nil }
      var fix: Fix?
      switch problem {
      case .whitespace, .sign:
        let candidate = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        if IntegerValue(parsing: candidate).value != nil {
          fix = context.checkedFix(
            "Write \(TextEscaper.brief(candidate))",
            [.replaceValue(line: line.index, syntax: line.syntax, with: candidate)])
        }
      case .leadingZero, .hexadecimal, .empty, .notANumber, .outOfRange:
        break
      }
      let reason: String
      switch problem {
      case .empty: reason = "is empty"
      case .whitespace: reason = "has spaces around the number"
      case .sign: reason = "has a '+' sign"
      case .hexadecimal: reason = "is written in hexadecimal"
      case .leadingZero: reason = "has a leading zero (read as octal by FreeRDP)"
      case .notANumber: reason = "is not a number"
      case .outOfRange: reason = "is larger than 2147483647"
      }
      return diagnostic(
        "\(context.show(key: line.key)) value \(context.show(line.value, key: line.key)) \(reason); clients read such values differently or not at all",
        at: context.valueRange(line), fix: fix)
    }
  }
}
