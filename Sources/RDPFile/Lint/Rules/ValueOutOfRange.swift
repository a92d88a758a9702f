/// RDP607: a number outside the values a setting accepts.
struct ValueOutOfRange: LintRule {
  static let id = "RDP607"
  static let name = "value-out-of-range"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks:
      "An integer setting whose value is outside its documented values (for example `authentication level` 0–3, `gatewayusagemethod` 0–4, switches 0/1, `connection type` 1–7). `server port` is RDP207.",
    whyItMatters: """
      Values outside the documented set have no defined meaning: clients treat them as the \
      default, as something else, or refuse the file (FreeRDP refuses `connection type` 8).
      """,
    example: "authentication level:i:4",
    fix: "None automatic: pick one of the documented values.")

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.outOfRange) { line in
      guard line.syntax.type == .integer, line.expectedType == .integer, let value = line.integer.value else {
        return nil
      }
      let allowed = PropertyCatalogue.allowedValues[line.propertyIndex]
      guard !allowed.allows(value), line.normalizedKey != "server port" else { return nil }
      if case .described = allowed { return nil }
      let extra = line.normalizedKey == "connection type" ? "; FreeRDP refuses the whole file" : ""
      return diagnostic(
        "\(context.show(key: line.key)) \(value) is not one of the documented values (\(allowed.label))\(extra)",
        at: context.valueRange(line))
    }
  }
}
