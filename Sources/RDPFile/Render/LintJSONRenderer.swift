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

  /// One readable file's object, independent of the files before it, so that workers can
  /// render files in parallel (empty for a file that could not be read).
  package static func rendered(_ report: FileReport) -> [UInt8] {
    guard report.failure == nil, let document = report.document else { return [] }
    var json = JSONWriter(pretty: true, indent: 2, capacity: 256 + report.diagnostics.count * 512)
    json.beginObject()
    json.member("file", report.path)
    json.member("encoding", document.encoding.encoding.rawValue)
    json.member("byteOrderMark", .bool(document.encoding.hasByteOrderMark))
    json.key("diagnostics")
    json.beginArray()
    for diagnostic in report.diagnostics { Self.write(diagnostic, in: document, to: &json) }
    json.endArray()
    json.endObject()
    return json.output
  }

  /// Appends one file, rendered by ``rendered(_:)``, with the separator it needs; a file
  /// that could not be read is kept for the end.
  package mutating func append(_ report: FileReport, rendered: [UInt8], to output: inout [UInt8]) {
    summary.add(report)
    if let failure = report.failure {
      errors.append(.object([("file", .string(report.path)), ("message", .string(failure))]))
      return
    }
    guard !rendered.isEmpty else { return }
    output.append(contentsOf: Array((wroteFile ? ",\n    " : "\n    ").utf8))
    output.append(contentsOf: rendered)
    wroteFile = true
  }

  /// The text for one file (empty for a file that could not be read; it is listed at the end).
  package mutating func append(_ report: FileReport) -> String {
    var output: [UInt8] = []
    append(report, rendered: Self.rendered(report), to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The closing text: unreadable files and the summary.
  package func end() -> String {
    (wroteFile ? "\n  ]" : "]") + ",\n  \"errors\": " + JSONValue.array(errors).rendered(pretty: true, indent: 1)
      + ",\n  \"summary\": " + summary.json.rendered(pretty: true, indent: 1) + "\n}\n"
  }

  /// One finding as JSON.
  static func write(_ diagnostic: Diagnostic, in document: RDPDocument, to json: inout JSONWriter) {
    json.beginObject()
    json.member("rule", diagnostic.ruleID)
    json.member("name", diagnostic.ruleName)
    json.member("severity", diagnostic.severity.rawValue)
    json.member("message", diagnostic.message)
    json.key("range")
    json.beginObject()
    json.member("line", diagnostic.range.line)
    json.member("startColumn", diagnostic.range.startColumn)
    json.member("endColumn", diagnostic.range.endColumn)
    json.endObject()
    json.key("fix")
    if let fix = diagnostic.fix {
      json.beginObject()
      json.member("title", fix.title)
      json.member("applicability", fix.applicability.rawValue)
      json.member("edits", .array(fix.edits.map { EditLocation.json($0, in: document) }))
      json.endObject()
    } else {
      json.value(.null)
    }
    json.endObject()
  }
}
