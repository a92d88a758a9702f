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
    let uri = JSONValue.string(Self.percentEncoded(report.path))
    var output: [UInt8] = []
    for (index, diagnostic) in report.diagnostics.enumerated() {
      output.append(contentsOf: Array((index > 0 ? ",\n        " : "\n        ").utf8))
      result(diagnostic, uri: uri, document: document).write(into: &output)
    }
    return output
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

  private func result(_ diagnostic: Diagnostic, uri: JSONValue, document: RDPDocument) -> JSONValue {
    var result: [(String, JSONValue)] = [
      ("ruleId", .string(diagnostic.ruleID)),
      ("level", .string(Self.level(diagnostic.severity))),
      ("message", .object([("text", .string(diagnostic.message))])),
      (
        "locations",
        .array([
          .object([
            (
              "physicalLocation",
              .object([("artifactLocation", .object([("uri", uri)])), ("region", Self.region(diagnostic.range))])
            )
          ])
        ])
      ),
    ]
    if let index = ruleIndex[diagnostic.ruleID] { result.insert(("ruleIndex", .int(index)), at: 1) }
    if let fix = diagnostic.fix {
      if let replacements = Self.replacements(fix, in: document) {
        let change: JSONValue = .object([
          ("artifactLocation", .object([("uri", uri)])), ("replacements", .array(replacements)),
        ])
        result.append(
          (
            "fixes",
            .array([
              .object([("description", .object([("text", .string(fix.title))])), ("artifactChanges", .array([change]))])
            ])
          ))
      }
      result.append(
        (
          "properties",
          .object([("fixTitle", .string(fix.title)), ("applicability", .string(fix.applicability.rawValue))])
        ))
    }
    return .object(result)
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

  private static func region(_ range: SourceRange) -> JSONValue {
    .object([
      ("startLine", .int(range.line)), ("startColumn", .int(range.startColumn)), ("endLine", .int(range.line)),
      ("endColumn", .int(range.endColumn)),
    ])
  }

  /// SARIF replacements for a fix, when every edit can be written as one (replacements of text
  /// and whole lines); `nil` for re-encodings and line-ending changes.
  private static func replacements(_ fix: Fix, in document: RDPDocument) -> [JSONValue]? {
    var list: [JSONValue] = []
    for edit in fix.edits {
      switch edit.operation {
      case .replace(let line, let range, let text):
        list.append(
          .object([
            ("deletedRegion", region(LintContext.columns(of: range, inLine: line, of: document))),
            ("insertedContent", .object([("text", .string(text))])),
          ]))
      case .deleteLine(let line):
        let next = line + 2
        let deleted: JSONValue = .object([
          ("startLine", .int(line + 1)), ("startColumn", 1), ("endLine", .int(next)), ("endColumn", 1),
        ])
        list.append(.object([("deletedRegion", deleted)]))
      case .insertLine(let before, let text):
        let at: JSONValue = .object([
          ("startLine", .int(before + 1)), ("startColumn", 1), ("endLine", .int(before + 1)), ("endColumn", 1),
        ])
        let newline = String(decoding: document.dominantTerminator.codeUnits.map { UInt8($0) }, as: UTF8.self)
        list.append(
          .object([("deletedRegion", at), ("insertedContent", .object([("text", .string(text + newline))]))]))
      case .appendLine, .setTerminator, .changeEncoding:
        return nil
      }
    }
    return list
  }

  /// A relative or absolute path as a URI reference: everything but unreserved characters and
  /// `/` percent-encoded.
  static func percentEncoded(_ path: String) -> String {
    var output = ""
    for byte in path.utf8 {
      switch byte {
      case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
        output.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        output += "%" + PlainText.zeroPadded(String(byte, radix: 16, uppercase: true), to: 2)
      }
    }
    return output
  }
}
