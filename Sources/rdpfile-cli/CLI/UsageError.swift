/// A mistake on the command line: printed with the command's usage line, exit status 64.
struct UsageError: Error, Equatable {
  var message: String

  init(_ message: String) {
    self.message = message
  }

  /// Refuses a read-only command line without a path (`-` counts as one: standard input).
  static func requirePaths(_ paths: [String]) throws(UsageError) {
    guard !paths.isEmpty else {
      throw UsageError("expects at least one PATH (a file, a folder, or - for standard input)")
    }
  }
}
