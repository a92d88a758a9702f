/// Where the password of an encrypted key or a PKCS #12 file comes from. Never the command
/// line: OpenSSL reads it from the file or the environment variable itself.
enum PasswordSource: Sendable, Hashable {
  case file(String)
  case environment(String)

  /// The `-passin` argument (it names where the password is, not the password).
  var opensslArgument: String {
    switch self {
    case .file(let path): "file:\(path)"
    case .environment(let name): "env:\(name)"
    }
  }
}
