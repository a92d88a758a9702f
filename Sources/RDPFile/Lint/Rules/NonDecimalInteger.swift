/// RDP606: an integer value that is not plain decimal.
struct NonDecimalInteger: LintRule {
  static let id = "RDP606"
  static let name = "non-decimal-integer"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "An `i` value that is empty, padded with spaces, signed with `+`, written in hex, with a leading zero, with other characters, or above 2147483647. Negative numbers are RDP704.",
    whyItMatters: """
      Only plain decimal reads the same everywhere. FreeRDP reads `010` as 8 and `0x10` as 16 and \
      ignores trailing junk; IronRDP rejects all of these; what mstsc does is undocumented. A \
      value that is not plain decimal means different things to different clients.
      """,
    example: "desktopwidth:i:0x780",
    fix: """
      Rewrites the number in decimal when it is clear what was meant: spaces and `+` are \
      dropped (safe); hex and leading zeros are converted to their decimal value (unsafe, since \
      some client may read it differently today).
      """)

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.invalidIntegers) { line in
      guard line.syntax.type == .integer, case .invalid(let problem) = line.integer else { return nil }
      let trimmed = HostAddress.trimmed(line.value)
      if trimmed.hasPrefix("-"), trimmed.dropFirst().allSatisfy(\.isASCII), Int(trimmed) != nil { return nil }
      var fix: Fix?
      switch problem {
      case .whitespace, .sign:
        let candidate = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        if IntegerValue(parsing: candidate).value != nil {
          fix = FixBuilder.setValue(line, to: candidate, title: "Write \(TextEscaper.brief(candidate))", .safe)
        }
      case .leadingZero:
        if let value = Int(trimmed, radix: 10) {
          fix = FixBuilder.setValue(line, to: String(value), title: "Write \(value) (decimal)", .unsafe)
        }
      case .hexadecimal:
        if let value = Int(trimmed.dropFirst(2), radix: 16), value <= IntegerValue.maximum {
          fix = FixBuilder.setValue(line, to: String(value), title: "Write \(value) (the hex value in decimal)", .unsafe)
        }
      case .empty, .notANumber, .outOfRange:
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
