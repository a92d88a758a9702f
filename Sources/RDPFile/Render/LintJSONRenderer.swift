/// Renders lint results as JSON (shape documented in the README).
public enum LintJSONRenderer {
  /// The version of the JSON shape; it changes only when fields are removed or change meaning.
  public static let formatVersion = 1

  /// The whole run as one JSON document.
  public static func render(_ reports: [FileReport], toolVersion: String) -> JSONValue {
    let files: [JSONValue] = reports.compactMap { report in
      guard let document = report.document else { return nil }
      return .object([
        ("file", .string(report.path)),
        ("encoding", .string(document.encoding.encoding.rawValue)),
        ("byteOrderMark", .bool(document.encoding.hasByteOrderMark)),
        ("diagnostics", .array(report.diagnostics.map { diagnostic($0, in: document) })),
      ])
    }
    let errors: [JSONValue] = reports.compactMap { report in
      report.error.map { .object([("file", .string(report.path)), ("message", .string($0.description))]) }
    }
    return .object([
      ("version", .int(formatVersion)),
      ("tool", .object([("name", "rdpfile"), ("version", .string(toolVersion))])),
      ("files", .array(files)),
      ("errors", .array(errors)),
      ("summary", LintSummary(reports).json),
    ])
  }

  /// One finding as JSON.
  static func diagnostic(_ diagnostic: Diagnostic, in document: RDPDocument) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("rule", .string(diagnostic.ruleID)), ("name", .string(diagnostic.ruleName)),
      ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)),
      (
        "range",
        .object([
          ("line", .int(diagnostic.range.line)), ("startColumn", .int(diagnostic.range.startColumn)),
          ("endColumn", .int(diagnostic.range.endColumn)),
        ])
      ),
    ]
    members.append(
      (
        "fix",
        diagnostic.fix.map { fix in
          .object([
            ("title", .string(fix.title)), ("applicability", .string(fix.applicability.rawValue)),
            ("edits", .array(fix.edits.map { EditLocation.json($0, in: document) })),
          ])
        } ?? .null
      ))
    return .object(members)
  }
}
