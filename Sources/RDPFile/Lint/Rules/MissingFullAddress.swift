/// RDP201: the file names no computer to connect to.
struct MissingFullAddress: LintRule {
  static let id = "RDP201"
  static let name = "missing-full-address"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.none
  static let documentation = RuleDocumentation(
    whatItChecks: "No `full address` line, or one with an empty value.",
    whyItMatters: """
      `full address` is the one setting Microsoft documents as required. Without it the client \
      opens its dialog with no computer filled in (mstsc) or fails (FreeRDP needs a host). Files \
      saved from mstsc's defaults and templates with an empty address are common; they cannot be \
      distributed as they are.
      """,
    example: "full address:s:",
    fix: "None automatic: fill in the computer's DNS name.")

  func check(_ context: LintContext) -> [Diagnostic] {
    let line = context.effectiveLine(.fullAddress)
    guard line?.trimmedValue.isEmpty ?? true else { return [] }
    let alternate = context.effectiveLine(.alternateFullAddress).map { !$0.trimmedValue.isEmpty } ?? false
    let suffix = alternate ? " (alternate full address is set, but full address is the documented required key)" : ""
    if let line {
      return [
        diagnostic(
          "full address is empty: the file names no computer to connect to\(suffix)", at: context.valueRange(line))
      ]
    }
    return [
      diagnostic("the file has no full address: it names no computer to connect to\(suffix)", at: context.endOfDocument)
    ]
  }
}
