/// Renders findings for people: `path:line:col: severity[ID] message`, the source line with a
/// marker under the span, and a `help:` line naming the fix and whether it is safe.
package struct DiagnosticRenderer: Sendable {
  /// Whether to use ANSI colours.
  package var color: Bool
  /// How secret values in quoted source lines are treated.
  package var secrets: SecretPolicy
  /// Only the first line of each finding, no source excerpt or help.
  package var concise: Bool

  /// Creates a renderer.
  package init(color: Bool = false, secrets: SecretPolicy = SecretPolicy(), concise: Bool = false) {
    self.color = color
    self.secrets = secrets
    self.concise = concise
  }

  /// The text for every finding of one file.
  package func render(_ report: FileReport) -> String {
    String(decoding: rendered(report), as: UTF8.self)
  }

  /// The text for every finding of one file, as UTF-8 bytes written straight into one buffer
  /// (no intermediate strings per finding), so that workers can render files in parallel.
  package func rendered(_ report: FileReport) -> [UInt8] {
    guard let document = report.document, !report.diagnostics.isEmpty else { return [] }
    var output: [UInt8] = []
    output.reserveCapacity(report.diagnostics.count * (concise ? 160 : 400))
    let path = TextEscaper.escape(report.path)
    for diagnostic in report.diagnostics {
      write(diagnostic, escapedPath: path, document: document, into: &output)
    }
    return output
  }

  private func write(_ diagnostic: Diagnostic, escapedPath: String, document: RDPDocument, into output: inout [UInt8]) {
    let range = diagnostic.range
    let color = severityColor(diagnostic.severity)
    paint(escapedPath, nil, into: &output)
    output.append(0x3A)
    PlainText.appendDecimal(range.line, to: &output)
    output.append(0x3A)
    PlainText.appendDecimal(range.startColumn, to: &output)
    output.append(contentsOf: [0x3A, 0x20])
    paint(diagnostic.severity.rawValue, color, into: &output)
    paint("[\(diagnostic.ruleID)]", color, into: &output)
    output.append(0x20)
    output.append(contentsOf: TextEscaper.escape(diagnostic.message).utf8)
    output.append(0x0A)
    guard !concise else { return }
    if document.lines.indices.contains(range.line - 1) {
      let (text, offset, width) = excerpt(document.lines[range.line - 1], range: range)
      let gutter = PlainText.decimalWidth(range.line)
      PlainText.appendSpaces(gutter, to: &output)
      PlainText.append(" |\n", to: &output)
      PlainText.appendDecimal(range.line, to: &output)
      PlainText.append(" | ", to: &output)
      output.append(contentsOf: text)
      output.append(0x0A)
      PlainText.appendSpaces(gutter, to: &output)
      PlainText.append(" | ", to: &output)
      PlainText.appendSpaces(offset, to: &output)
      paint(repeatElement(0x5E, count: max(1, width)), color, into: &output)
      output.append(0x0A)
    }
    if let fix = diagnostic.fix {
      PlainText.append("  ", to: &output)
      paint("help", "36", into: &output)
      PlainText.append(": ", to: &output)
      output.append(contentsOf: TextEscaper.escape(fix.title).utf8)
      PlainText.append(
        fix.applicability == .safe ? " (safe fix)\n" : " (unsafe fix: needs --unsafe-fixes)\n", to: &output)
    }
    output.append(0x0A)
  }

  /// The displayed line as UTF-8 (escaped, secrets masked, shortened around the span) and
  /// where the marker goes in it, in characters.
  private func excerpt(_ line: Line, range: SourceRange) -> ([UInt8], Int, Int) {
    if let fast = plainExcerpt(line, range: range) { return fast }
    let text = line.text
    let scalars = text.unicodeScalars
    let count = scalars.count
    let start = min(max(range.startColumn - 1, 0), count)
    let end = min(max(range.endColumn - 1, start), count)
    func show(_ from: Int, _ to: Int) -> String {
      let lower = scalars.index(scalars.startIndex, offsetBy: from)
      return TextEscaper.escape(String(scalars[lower..<scalars.index(lower, offsetBy: to - from)]))
    }
    if let setting = line.setting, let syntax = line.syntax, SecretPolicy.isSecret(key: setting.key),
      !secrets.showSecrets
    {
      let shown = secrets.display(line)
      let valueStart = LintContext.column(of: syntax.valueRange.lowerBound, in: line) - 1
      guard start >= valueStart else { return (Array(shown.utf8), 0, shown.count) }
      let prefix = TextEscaper.escape("\(setting.key):\(setting.type.letter):").count
      return (Array(shown.utf8), prefix, shown.count - prefix)
    }
    if line.setting == nil, !secrets.showSecrets {
      // An unparsed line can still carry a secret after its first colon (`password:x:…`).
      let shown = secrets.display(line)
      if shown != TextEscaper.escape(text) { return (Array(shown.utf8), 0, shown.count) }
    }
    let lowerBound = max(0, start - Self.window)
    let upperBound = min(count, end + Self.window)
    let before = (lowerBound > 0 ? "…" : "") + show(lowerBound, start)
    let span = show(start, end)
    let after = show(end, upperBound) + (upperBound < count ? "…" : "")
    return (Array((before + span + after).utf8), before.count, span.count)
  }

  /// How many characters of context are kept on each side of the span.
  private static let window = 100

  /// The excerpt of a line of printable ASCII without tabs and without a secret: one byte per
  /// character, nothing to escape, so it is cut straight from the bytes; `nil` for any other line.
  private func plainExcerpt(_ line: Line, range: SourceRange) -> ([UInt8], Int, Int)? {
    guard line.isPlainASCII, !line.content.contains(0x09) else { return nil }
    // Printable ASCII: each code unit is one byte of the text.
    var bytes: [UInt8] = []
    CodeUnitView.appendASCII(line.content, encoding: line.encoding, to: &bytes)
    if !secrets.showSecrets {
      // A setting's key, or an unparsed line's text before its first colon, may name a secret.
      let keyEnd = line.syntax?.keyRange.upperBound ?? bytes.firstIndex(of: 0x3A) ?? 0
      if keyEnd > 0, SecretPolicy.isSecret(keyIn: line, range: 0..<keyEnd) { return nil }
    }
    let start = min(max(range.startColumn - 1, 0), bytes.count)
    let end = min(max(range.endColumn - 1, start), bytes.count)
    let lowerBound = max(0, start - Self.window)
    let upperBound = min(bytes.count, end + Self.window)
    guard lowerBound > 0 || upperBound < bytes.count else { return (bytes, start, end - start) }
    let ellipsis = Array("…".utf8)
    var shown = lowerBound > 0 ? ellipsis : []
    shown.append(contentsOf: bytes[lowerBound..<upperBound])
    if upperBound < bytes.count { shown.append(contentsOf: ellipsis) }
    return (shown, start - lowerBound + (lowerBound > 0 ? 1 : 0), end - start)
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "34"
    }
  }

  private func paint(_ text: String, _ code: String?, into output: inout [UInt8]) {
    paint(text.utf8, code, into: &output)
  }

  /// Appends `text`, bold and in colour `code` when colours are on.
  private func paint(_ text: some Collection<UInt8>, _ code: String?, into output: inout [UInt8]) {
    guard color else {
      output.append(contentsOf: text)
      return
    }
    output.append(contentsOf: "\u{1B}[1\(code.map { ";" + $0 } ?? "")m".utf8)
    output.append(contentsOf: text)
    output.append(contentsOf: "\u{1B}[0m".utf8)
  }
}
