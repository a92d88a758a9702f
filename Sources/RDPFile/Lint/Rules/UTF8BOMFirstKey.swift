/// RDP701: a UTF-8 byte-order mark, which FreeRDP glues to the first key.
struct UTF8BOMFirstKey: LintRule {
  static let id = "RDP701"
  static let name = "utf8-bom-first-key"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: "A UTF-8 file with a byte-order mark whose first line is a setting.",
    whyItMatters: """
      FreeRDP recognises only the UTF-16LE byte-order mark. In a UTF-8 file it reads the three \
      BOM bytes as part of the first key, which then matches nothing, so the first setting is \
      lost (often `screen mode id`, or `full address`). Editors add this BOM on save.
      """,
    example: "\\u{FEFF}screen mode id:i:2   (UTF-8 with BOM)",
    fix:
      "Re-encodes the file as UTF-16LE with a byte-order mark, which FreeRDP and mstsc both read. Safe when, checked per file, no modelled client connects differently afterwards; unsafe when the key FreeRDP lost changes its connection (it then starts to apply)."
  )

  func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    guard document.encoding.encoding == .utf8, document.encoding.hasByteOrderMark,
      let first = context.settingLines.first, first.index == 0
    else { return [] }
    return [
      diagnostic(
        "the UTF-8 byte-order mark sticks to the first key in FreeRDP, so \(context.show(key: first.key)) is lost there",
        at: context.keyRange(first),
        fix: document.hasValidBytes
          ? context.checkedFix(
            "Re-encode as UTF-16LE with a byte-order mark",
            [Edit(.changeEncoding(.utf16LittleEndian, byteOrderMark: true))])
          : nil)
    ]
  }
}
