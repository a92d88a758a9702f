/// Writes lint results as SARIF 2.1.0, for code-scanning dashboards, one file at a time.
package struct SARIFRenderer: Sendable {
  private let rules: [RuleInfo]
  private let ruleIndex: [String: Int]
  private let toolVersion: String
  private var wroteResult = false
  private var notifications: [JSONValue] = []

  /// Starts a run with the rule metadata it reports against.
  package init(rules: [RuleInfo], toolVersion: String) {
    self.rules = rules
    self.toolVersion = toolVersion
    ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
  }

  /// The opening text: the tool and its rules.
  package func begin() -> String {
    let driver: JSONValue = .object([
      ("name", "rdpfile"), ("version", .string(toolVersion)), ("semanticVersion", .string(toolVersion)),
      ("rules", .array(rules.map(Self.rule))),
    ])
    return """
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {"driver": \(driver.rendered())},
            "columnKind": "unicodeCodePoints",
            "results": [
      """
  }

  /// One readable file's results, independent of the files before it, so that workers can
  /// render files in parallel (empty for a file that could not be read or has no findings).
  package func rendered(_ report: FileReport) -> [UInt8] {
    guard report.failure == nil, let document = report.document else { return [] }
    let uri = Self.percentEncoded(report.path)
    var json = JSONWriter(pretty: false, capacity: report.diagnostics.count * 768)
    for (index, diagnostic) in report.diagnostics.enumerated() {
      json.output.append(contentsOf: (index > 0 ? ",\n        " : "\n        ").utf8)
      write(diagnostic, uri: uri, document: document, to: &json)
    }
    return json.output
  }

  /// Appends one file's results, rendered by ``rendered(_:)``, with the separator they need;
  /// an unreadable file becomes a notification at the end.
  package mutating func append(_ report: FileReport, rendered: [UInt8], to output: inout [UInt8]) {
    if let failure = report.failure {
      let uri = JSONValue.string(Self.percentEncoded(report.path))
      notifications.append(
        .object([
          ("level", "error"), ("message", .object([("text", .string(failure))])),
          (
            "locations",
            .array([.object([("physicalLocation", .object([("artifactLocation", .object([("uri", uri)]))]))])])
          ),
        ]))
      return
    }
    guard !rendered.isEmpty else { return }
    if wroteResult { output.append(0x2C) }
    output.append(contentsOf: rendered)
    wroteResult = true
  }

  /// The results of one file (an unreadable file becomes a notification at the end).
  package mutating func append(_ report: FileReport) -> String {
    var output: [UInt8] = []
    append(report, rendered: rendered(report), to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The closing text: notifications about files that could not be read.
  package func end() -> String {
    let invocation: JSONValue = .object([
      ("executionSuccessful", .bool(notifications.isEmpty)), ("toolExecutionNotifications", .array(notifications)),
    ])
    return "\n      ],\n      \"invocations\": [\(invocation.rendered())]\n    }\n  ]\n}\n"
  }

  private func write(_ diagnostic: Diagnostic, uri: String, document: RDPDocument, to json: inout JSONWriter) {
    json.beginObject()
    json.member("ruleId", diagnostic.ruleID)
    if let index = ruleIndex[diagnostic.ruleID] { json.member("ruleIndex", index) }
    json.member("level", Self.level(diagnostic.severity))
    json.member("message", "text", diagnostic.message)
    json.key("locations")
    json.beginArray()
    json.beginObject()
    json.key("physicalLocation")
    json.beginObject()
    json.member("artifactLocation", "uri", uri)
    json.key("region")
    Self.region(diagnostic.range, to: &json)
    json.endObject()
    json.endObject()
    json.endArray()
    if let fix = diagnostic.fix {
      if Self.hasReplacements(fix) {
        json.key("fixes")
        json.beginArray()
        json.beginObject()
        json.member("description", "text", fix.title)
        json.key("artifactChanges")
        json.beginArray()
        json.beginObject()
        json.member("artifactLocation", "uri", uri)
        json.key("replacements")
        Self.replacements(fix, in: document, to: &json)
        json.endObject()
        json.endArray()
        json.endObject()
        json.endArray()
      }
      json.key("properties")
      json.beginObject()
      json.member("fixTitle", fix.title)
      json.member("applicability", fix.applicability.rawValue)
      json.endObject()
    }
    json.endObject()
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  private static func rule(_ info: RuleInfo) -> JSONValue {
    let docs = info.documentation
    let help = RuleReference.text(for: info)
    let markdown = RuleReference.markdown(for: info, headingLevel: 3)
    return .object([
      ("id", .string(info.id)), ("name", .string(info.name)),
      ("shortDescription", .object([("text", .string(docs.whatItChecks))])),
      ("fullDescription", .object([("text", .string(docs.whyItMatters))])),
      ("help", .object([("text", .string(help)), ("markdown", .string(markdown))])),
      ("defaultConfiguration", .object([("level", .string(level(info.severity)))])),
      (
        "properties",
        .object([("tags", .array([.string(info.family)])), ("fixAvailability", .string(info.fixAvailability.rawValue))])
      ),
    ])
  }

  private static func region(_ range: SourceRange, to json: inout JSONWriter) {
    region(line: range.line, range.startColumn, endLine: range.line, range.endColumn, to: &json)
  }

  private static func region(line: Int, _ startColumn: Int, endLine: Int, _ endColumn: Int, to json: inout JSONWriter) {
    json.beginObject()
    json.member("startLine", line)
    json.member("startColumn", startColumn)
    json.member("endLine", endLine)
    json.member("endColumn", endColumn)
    json.endObject()
  }

  /// Whether every edit of a fix can be written as a SARIF replacement (replacements of text
  /// and whole lines; not re-encodings and line-ending changes).
  private static func hasReplacements(_ fix: Fix) -> Bool {
    fix.edits.allSatisfy { edit in
      switch edit.operation {
      case .replace, .deleteLine, .insertLine: true
      case .appendLine, .setTerminator, .changeEncoding: false
      }
    }
  }

  /// The SARIF replacements of a fix for which ``hasReplacements(_:)`` holds.
  private static func replacements(_ fix: Fix, in document: RDPDocument, to json: inout JSONWriter) {
    json.beginArray()
    for edit in fix.edits {
      json.beginObject()
      switch edit.operation {
      case .replace(let line, let range, let text):
        json.key("deletedRegion")
        region(LintContext.columns(of: range, inLine: line, of: document), to: &json)
        json.member("insertedContent", "text", text)
      case .deleteLine(let line):
        json.key("deletedRegion")
        region(line: line + 1, 1, endLine: line + 2, 1, to: &json)
      case .insertLine(let before, let text):
        json.key("deletedRegion")
        region(line: before + 1, 1, endLine: before + 1, 1, to: &json)
        let newline = String(decoding: document.dominantTerminator.codeUnits.map { UInt8($0) }, as: UTF8.self)
        json.member("insertedContent", "text", text + newline)
      case .appendLine, .setTerminator, .changeEncoding:
        break
      }
      json.endObject()
    }
    json.endArray()
  }

  /// A relative or absolute path as a URI reference: everything but unreserved characters and
  /// `/` percent-encoded.
  static func percentEncoded(_ path: String) -> String {
    let utf8 = path.utf8
    // At most three bytes for each one, written straight into the string.
    return String(unsafeUninitializedCapacity: utf8.count * 3) { buffer in
      var index = 0
      for byte in utf8 {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
          buffer[index] = byte
          index += 1
        default:
          buffer[index] = 0x25
          buffer[index + 1] = PlainText.hexDigit(byte >> 4, uppercase: true)
          buffer[index + 2] = PlainText.hexDigit(byte & 0x0F, uppercase: true)
          index += 3
        }
      }
      return index
    }
  }
}
