/// RDP403: a reusable access token stored in the file.
struct BearerTokenInFile: LintRule {
  static let id = "RDP403"
  static let name = "bearer-token-in-file"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A non-empty `gatewayaccesstoken`, `endpointfedauth`, `ironrdp_rdcleanpathtoken` or `WinRTEncryptedPassword` line.",
    whyItMatters: """
      These are bearer secrets: whoever holds them can use them until they expire. Files that \
      carry them (downloaded Azure Virtual Desktop files, generated connection files) should not \
      be kept, mailed or shared.
      """,
    example: "gatewayaccesstoken:s:(a token)",
    fix: "Removes the line. Unsafe: the connection may stop working until a fresh file is downloaded.")

  static let keys = ["gatewayaccesstoken", "endpointfedauth", "ironrdp_rdcleanpathtoken", "winrtencryptedpassword"]
  private static let ids = keys.map(PropertyCatalogue.ID.init)

  func check(_ context: LintContext) -> [Diagnostic] {
    Self.ids.flatMap { context.lines($0) }.filter { !$0.trimmedValue.isEmpty }.sorted { $0.index < $1.index }
      .map { line in
        diagnostic(
          "\(context.show(key: line.key)) stores a reusable secret; anyone with this file can use it",
          at: context.valueRange(line),
          fix: FixBuilder.delete([line.index], title: "Remove the \(TextEscaper.brief(line.key)) line", .unsafe))
      }
  }
}
