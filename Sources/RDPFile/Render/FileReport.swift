/// The lint result of one file, as the renderers take it.
package struct FileReport: Sendable {
  /// The path as the user gave it (or `-` for standard input).
  package var path: String
  /// The document, when the file could be read.
  package var document: RDPDocument?
  /// The findings.
  package var diagnostics: [Diagnostic]
  /// Why the file could not be read (a one-line message naming it), when it could not.
  package var failure: String?

  /// A report for a file that was read and linted.
  package init(path: String, document: RDPDocument, diagnostics: [Diagnostic]) {
    self.path = path
    self.document = document
    self.diagnostics = diagnostics
    self.failure = nil
  }

  /// A report for a file that could not be read.
  package init(path: String, failure: String) {
    self.path = path
    self.document = nil
    self.diagnostics = []
    self.failure = failure
  }
}
