/// RDP602: a known key with the wrong type letter.
struct WrongTypeLetter: LintRule {
  static let id = "RDP602"
  static let name = "wrong-type-letter"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A known key written with a type letter other than its own (`server port:s:3390`), except keys whose type the sources disagree on.",
    whyItMatters: """
      Clients look a key up under its own type: FreeRDP ignores `server port:s:3390` and \
      `full address:i:1` entirely, so the setting silently has no effect.
      """,
    example: "server port:s:3390",
    fix: """
      Changes the type letter when the value fits the right type. Safe only when no modelled \
      client's connection changes (checked per file): correcting `enablecredsspsupport:s:0` \
      turns NLA off, `server port:s:3390` moves the port, `drivestoredirect:i:1` starts \
      redirecting, so such corrections are unsafe.
      """)

  /// Keys whose type differs between sources: workspaceid and the two RemoteApp expand keys,
  /// and password, which the Windows CE client wrote as a `b` blob.
  static let conflicting: Set<String> = [
    "workspaceid", "remoteapplicationexpandcmdline", "remoteapplicationexpandworkingdir", "password",
  ]

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.wrongTypes) { line in
      guard let expected = line.expectedType, expected != line.syntax.type, let property = line.property,
        !Self.conflicting.contains(line.normalizedKey)
      else { return nil }
      let fits: Bool
      switch property.type {
      case .integer: fits = IntegerValue(parsing: line.value).value != nil
      case .string: fits = true
      case .binary: fits = line.value.allSatisfy(\.isHexDigit)
      }
      let fix =
        fits
        ? context.checkedFix(
          "Change the type letter to '\(property.type.letter)'",
          [Edit(.replace(line: line.index, range: line.syntax.typeRange, text: property.type.letter))])
        : nil
      return diagnostic(
        "\(context.show(key: line.key)) takes type '\(property.type.letter)', not '\(line.syntax.type.letter)'; clients ignore this line",
        at: context.range(line: line.index, codeUnits: line.syntax.typeRange), fix: fix)
    }
  }
}
