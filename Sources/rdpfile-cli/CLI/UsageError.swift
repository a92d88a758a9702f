/// A mistake on the command line: printed with the command's usage line, exit status 64.
struct UsageError: Error, Equatable {
  var message: String

  init(_ message: String) {
    self.message = message
  }
}
