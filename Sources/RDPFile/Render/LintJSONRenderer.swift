/// Writes lint results as JSON (shape documented in the README), one file at a time, so that
/// output starts at once and memory does not grow with the number of files.
package struct LintJSONRenderer: Sendable {
  /// The version of the JSON shape; it changes only when fields are removed or change meaning.
  package static let formatVersion = 1

  private let toolVersion: String
  private var wroteFile = false
  private var errors: [JSONValue] = []
  private var summary = LintSummary()

  /// Starts a run.
  package init(toolVersion: String) {
    self.toolVersion = toolVersion
  }

  /// The opening text.
  package func begin() -> String {
    let tool = JSONValue.object([("name", "rdpfile"), ("version", .string(toolVersion))]).rendered()
    return "{\n  \"version\": \(Self.formatVersion),\n  \"tool\": \(tool),\n  \"files\": ["
  }

  /// The text for one file (empty for a file that could not be read; it is listed at the end).
  package mutating func append(_ report: FileReport) -> String {
    summary.add(report)
    if let failure = report.failure {
      errors.append(.object([("file", .string(report.path)), ("message", .string(failure))]))
      return ""
    }
    guard let document = report.document else { return "" }
    let file = JSONValue.object([
      ("file", .string(report.path)),
      ("encoding", .string(document.encoding.encoding.rawValue)),
      ("byteOrderMark", .bool(document.encoding.hasByteOrderMark)),
      ("diagnostics", .array(report.diagnostics.map { Self.diagnostic($0, in: document) })),
    ])
    defer { wroteFile = true }
    return (wroteFile ? "," : "") + "\n    " + file.rendered(pretty: true, indent: 2)
  }

  /// The closing text: unreadable files and the summary.
  package func end() -> String {
    (wroteFile ? "\n  ]" : "]") + ",\n  \"errors\": " + JSONValue.array(errors).rendered(pretty: true, indent: 1)
      + ",\n  \"summary\": " + summary.json.rendered(pretty: true, indent: 1) + "\n}\n"
  }

  /// One finding as JSON.
  static func diagnostic(_ diagnostic: Diagnostic, in document: RDPDocument) -> JSONValue {
    .object([
      ("rule", .string(diagnostic.ruleID)), ("name", .string(diagnostic.ruleName)),
      ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)),
      (
        "range",
        .object([
          ("line", .int(diagnostic.range.line)), ("startColumn", .int(diagnostic.range.startColumn)),
          ("endColumn", .int(diagnostic.range.endColumn)),
        ])
      ),
      (
        "fix",
        diagnostic.fix.map { fix in
          .object([
            ("title", .string(fix.title)), ("applicability", .string(fix.applicability.rawValue)),
            ("edits", .array(fix.edits.map { EditLocation.json($0, in: document) })),
          ])
        } ?? .null
      ),
    ])
  }
}
