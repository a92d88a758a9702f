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
    guard let document = report.document else { return "" }
    var output = ""
    for diagnostic in report.diagnostics {
      output += render(diagnostic, path: report.path, document: document)
    }
    return output
  }

  /// The text for one finding.
  package func render(_ diagnostic: Diagnostic, path: String, document: RDPDocument) -> String {
    let range = diagnostic.range
    let severity = paint(diagnostic.severity.rawValue, severityColor(diagnostic.severity), bold: true)
    let id = paint("[\(diagnostic.ruleID)]", severityColor(diagnostic.severity), bold: true)
    var output =
      "\(paint(TextEscaper.escape(path), nil, bold: true)):\(range.line):\(range.startColumn): \(severity)\(id) \(TextEscaper.escape(diagnostic.message))\n"
    guard !concise else { return output }
    if document.lines.indices.contains(range.line - 1) {
      let (text, offset, width) = excerpt(document.lines[range.line - 1], range: range)
      let gutter = String(range.line)
      let pad = String(repeating: " ", count: gutter.count)
      output += "\(pad) |\n"
      output += "\(gutter) | \(text)\n"
      let marker = String(repeating: "^", count: max(1, width))
      output +=
        "\(pad) | \(String(repeating: " ", count: offset))\(paint(marker, severityColor(diagnostic.severity), bold: true))\n"
    }
    if let fix = diagnostic.fix {
      let label = fix.applicability == .safe ? "safe fix" : "unsafe fix: needs --unsafe-fixes"
      output += "  \(paint("help", "36", bold: true)): \(TextEscaper.escape(fix.title)) (\(label))\n"
    }
    return output + "\n"
  }

  /// The displayed line (escaped, secrets masked, shortened around the span) and where the
  /// marker goes in it.
  private func excerpt(_ line: Line, range: SourceRange) -> (String, Int, Int) {
    let scalars = Array(line.text.unicodeScalars)
    let start = min(max(range.startColumn - 1, 0), scalars.count)
    let end = min(max(range.endColumn - 1, start), scalars.count)
    if let setting = line.setting, let syntax = line.syntax, SecretPolicy.isSecret(key: setting.key),
      !secrets.showSecrets
    {
      let shown = secrets.display(line)
      let valueStart = LintContext.column(of: syntax.valueRange.lowerBound, in: line) - 1
      guard start >= valueStart else { return (shown, 0, shown.count) }
      let prefix = TextEscaper.escape("\(setting.key):\(setting.type.letter):").count
      return (shown, prefix, shown.count - prefix)
    }
    if line.setting == nil, !secrets.showSecrets {
      // An unparsed line can still carry a secret after its first colon (`password:x:…`).
      let shown = secrets.display(line)
      if shown != TextEscaper.escape(line.text) { return (shown, 0, shown.count) }
    }
    func show(_ slice: ArraySlice<Unicode.Scalar>) -> String {
      var string = ""
      string.unicodeScalars.append(contentsOf: slice)
      return TextEscaper.escape(string)
    }
    let window = 100
    let lowerBound = max(0, start - window)
    let upperBound = min(scalars.count, end + window)
    let before = (lowerBound > 0 ? "…" : "") + show(scalars[lowerBound..<start])
    let span = show(scalars[start..<end])
    let after = show(scalars[end..<upperBound]) + (upperBound < scalars.count ? "…" : "")
    return (before + span + after, before.count, span.count)
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "34"
    }
  }

  private func paint(_ text: String, _ code: String?, bold: Bool = false) -> String {
    guard color else { return text }
    let codes = [bold ? "1" : nil, code].compactMap { $0 }.joined(separator: ";")
    return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
  }
}
