/// Counts over a set of file reports.
package struct LintSummary: Sendable, Hashable {
  /// Files read and linted.
  package var files = 0
  /// Files that could not be read.
  package var unreadable = 0
  /// Findings by severity.
  package var errors = 0
  /// Warnings.
  package var warnings = 0
  /// Infos.
  package var infos = 0
  /// Findings that carry a safe fix.
  package var safeFixes = 0
  /// Findings that carry an unsafe fix.
  package var unsafeFixes = 0

  /// Counts `reports`.
  package init(_ reports: [FileReport] = []) {
    for report in reports { add(report) }
  }

  /// Adds one file's counts.
  package mutating func add(_ report: FileReport) {
    guard report.failure == nil else {
      unreadable += 1
      return
    }
    files += 1
    for diagnostic in report.diagnostics {
      switch diagnostic.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
      switch diagnostic.fix?.applicability {
      case .safe: safeFixes += 1
      case .unsafe: unsafeFixes += 1
      case nil: break
      }
    }
  }

  /// All findings.
  package var findings: Int { errors + warnings + infos }

  /// One line for people: `checked 3 files: 2 errors, 5 warnings, 1 info; …`.
  package var text: String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    var line = "checked \(plural(files, "file")): "
    line += findings == 0 ? "no findings" : "\(plural(errors, "error")), \(plural(warnings, "warning")), \(infos) info"
    if safeFixes > 0 {
      line += "; \(safeFixes) fixable with 'rdpfile fix'"
      if unsafeFixes > 0 { line += " (\(unsafeFixes) more with --unsafe-fixes, which change connections)" }
    } else if unsafeFixes > 0 {
      line += "; \(unsafeFixes) fixable with 'rdpfile fix --unsafe-fixes', which change connections"
    }
    if unreadable > 0 { line += "; \(plural(unreadable, "file")) could not be read" }
    return line
  }

  /// The counts as JSON.
  package var json: JSONValue {
    .object([
      ("files", .int(files)), ("unreadable", .int(unreadable)), ("errors", .int(errors)),
      ("warnings", .int(warnings)), ("infos", .int(infos)), ("safeFixes", .int(safeFixes)),
      ("unsafeFixes", .int(unsafeFixes)),
    ])
  }
}
