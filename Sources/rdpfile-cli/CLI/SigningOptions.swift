import RDPFile

/// The options that say how to sign (`sign`, and `fix --resign`): the certificate and key, the
/// password's source, the digest, and which `openssl` to run.
struct SigningOptions: Sendable {
  var certificate: String?
  var key: String?
  var pkcs12: String?
  var chain: String?
  var password: PasswordSource?
  var digest = "sha256"
  var openssl: String?

  static let digests = ["sha256", "sha384", "sha512", "sha1"]

  /// Whether any key material was named.
  var isGiven: Bool { certificate != nil || key != nil || pkcs12 != nil }

  /// Takes the argument when it is one of these options; returns whether it did.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError)
    -> Bool
  {
    switch argument {
    case .option("--cert", let inline): certificate = try scanner.value(of: "--cert", inline: inline)
    case .option("--key", let inline): key = try scanner.value(of: "--key", inline: inline)
    case .option("--pkcs12", let inline): pkcs12 = try scanner.value(of: "--pkcs12", inline: inline)
    case .option("--chain", let inline): chain = try scanner.value(of: "--chain", inline: inline)
    case .option("--password-file", let inline):
      password = .file(try scanner.value(of: "--password-file", inline: inline))
    case .option("--password-env", let inline):
      let name = try scanner.value(of: "--password-env", inline: inline)
      guard !name.isEmpty, !name.contains("=") else {
        throw UsageError("--password-env takes the name of an environment variable")
      }
      password = .environment(name)
    case .option("--password", _), .option("--pass", _):
      throw UsageError(
        "passwords are never taken on the command line (other users can see it); use --password-file FILE or --password-env VARIABLE"
      )
    case .option("--digest", let inline):
      let value = try scanner.value(of: "--digest", inline: inline).lowercased()
      guard Self.digests.contains(value) else {
        throw UsageError("--digest takes \(Self.digests.joined(separator: ", ")), not '\(value)'")
      }
      digest = value
    case .option("--openssl", let inline): openssl = try scanner.value(of: "--openssl", inline: inline)
    default: return false
    }
    return true
  }

  /// Checks that the options name one complete set of key material.
  func validate() throws(UsageError) {
    if pkcs12 != nil {
      guard certificate == nil, key == nil else {
        throw UsageError("give either --pkcs12 or --cert with --key, not both")
      }
    } else {
      guard certificate != nil, key != nil else {
        throw UsageError("signing needs --cert CERT and --key KEY (PEM), or --pkcs12 FILE")
      }
    }
  }

  /// The signer, after proving with one test signature that the key, certificate and password
  /// work together.
  func signer(in context: CommandContext) throws(SigningError) -> DocumentSigner {
    let tool: OpenSSL
    do {
      tool = try OpenSSL.locate(openssl, environment: context.environment)
    } catch {
      throw SigningError(error.message)
    }
    return DocumentSigner(
      signer: try OpenSSLSigner(
        openssl: tool, environment: context.environment, certificate: certificate, key: key, pkcs12: pkcs12,
        chain: chain,
        password: password, digest: digest))
  }

  static let help = """
    signing (PEM files, or PKCS #12; the digest is SHA-256 unless --digest):
      --cert CERT --key KEY   the signing certificate and its private key (PEM)
      --pkcs12 FILE           certificate, key and chain in one PKCS #12 (.pfx/.p12) file
      --chain FILE            intermediate certificates to include (PEM)
      --password-file FILE    the key's password, first line of FILE
      --password-env NAME     the key's password, from environment variable NAME
      --digest NAME           sha256 (default), sha384, sha512 or sha1 (for very old clients)
      --openssl PATH          the openssl program to use (default: openssl on PATH)
    """
}
