import RDPFile

/// Signs content with `openssl cms -sign` (detached, DER, no signed attributes), with a PEM
/// certificate and key or a PKCS #12 file.
///
/// Key material stays out of reach: a PEM key is read by OpenSSL from the user's own file; a
/// PKCS #12 key is unpacked by OpenSSL into our memory and handed to the signing OpenSSL
/// through a pipe, never a file. Passwords are read by OpenSSL from a file or an environment
/// variable. Messages never name the key file.
struct OpenSSLSigner: ContentSigner {
  /// Where the signing key comes from.
  enum Key: Sendable {
    case file(String)
    case memory([UInt8])
  }

  let openssl: OpenSSL
  let environment: [String: String]
  let certificatePEM: [UInt8]
  let chainPEM: [UInt8]?
  let key: Key
  let password: PasswordSource?
  let digest: String
  /// Paths that must never appear in a message.
  let hiddenPaths: [String]

  /// Sets up signing and proves it works by signing a test content once, so a wrong password
  /// or a key that does not belong to the certificate is reported before any file is touched.
  init(
    openssl: OpenSSL, environment: [String: String], certificate: String?, key: String?, pkcs12: String?,
    chain: String?,
    password: PasswordSource?, digest: String
  ) throws(SigningError) {
    self.openssl = openssl
    self.environment = environment
    self.password = password
    self.digest = digest
    hiddenPaths = [key, pkcs12, password.flatMap { if case .file(let path) = $0 { path } else { nil } }].compactMap {
      $0
    }
    var chain = try chain.map { path throws(SigningError) in try Self.readFile(path, what: "--chain") }
    if let pkcs12 {
      let unpack = { (arguments: [String]) throws(SigningError) -> [UInt8] in
        let result: Subprocess.Result
        do throws(Subprocess.LaunchError) {
          // No password source means the empty password, which PKCS #12 files often have.
          result = try openssl.run(
            ["pkcs12", "-in", pkcs12, "-passin", password?.opensslArgument ?? "pass:"] + arguments)
        } catch {
          throw SigningError("could not run openssl: \(error.message)")
        }
        guard result.status == 0 else {
          throw SigningError("cannot open the PKCS #12 file: \(Self.explain(OpenSSL.reason(result), hiding: [pkcs12]))")
        }
        return result.output
      }
      self.key = .memory(try unpack(["-nodes", "-nocerts"]))
      certificatePEM = try unpack(["-nokeys", "-clcerts"])
      let bundled = try unpack(["-nokeys", "-cacerts"])
      if chain == nil, !bundled.isEmpty { chain = bundled }
    } else {
      guard let certificate, let key else { throw SigningError("signing needs --cert and --key (PEM), or --pkcs12") }
      certificatePEM = try Self.readFile(certificate, what: "--cert")
      self.key = .file(key)
    }
    chainPEM = chain
    _ = try sign(Array("rdpfile test signature".utf8))
  }

  func sign(_ content: [UInt8]) throws(SigningError) -> [UInt8] {
    let outcome: (result: Subprocess.Result, signature: [UInt8]?)
    do throws(Subprocess.LaunchError) {
      var folder = try PrivateFolder(environment: environment)
      defer { folder.remove() }
      let contentPath = try folder.write("content.bin", content)
      let certificatePath = try folder.write("signer.pem", certificatePEM)
      let signaturePath = folder.reserve("signature.der")
      var arguments = [
        "cms", "-sign", "-binary", "-noattr", "-outform", "DER", "-md", digest, "-signer", certificatePath, "-in",
        contentPath,
        "-out", signaturePath,
      ]
      if let chainPEM { arguments += ["-certfile", try folder.write("chain.pem", chainPEM)] }
      var input: [UInt8] = []
      switch key {
      case .file(let path):
        // Without a password source OpenSSL asks on standard input, which is empty, and no
        // terminal is reachable (see Subprocess), so an encrypted key fails at once.
        arguments += ["-inkey", path] + (password.map { ["-passin", $0.opensslArgument] } ?? [])
      case .memory(let pem):
        arguments += ["-inkey", "/dev/stdin"]
        input = pem
      }
      let result = try openssl.run(arguments, input: input)
      outcome = (result, result.status == 0 ? folder.read(signaturePath) : nil)
    } catch {
      throw SigningError("could not run openssl: \(Self.explain(error.message, hiding: hiddenPaths))")
    }
    guard let signature = outcome.signature, !signature.isEmpty else {
      throw SigningError("openssl could not sign: \(Self.explain(OpenSSL.reason(outcome.result), hiding: hiddenPaths))")
    }
    return signature
  }

  /// OpenSSL's reason in plainer words, with key and password paths removed.
  static func explain(_ reason: String, hiding paths: [String]) -> String {
    var text = reason
    for path in paths where !path.isEmpty {
      // One pass, left to right: the replacement may itself contain the path ("key").
      text = text.replacing(path, with: "(the key file)")
    }
    let lower = text.lowercased()
    if lower.contains("does not match") || lower.contains("key values mismatch") {
      return "the key does not belong to the certificate"
    }
    if lower.contains("getting password") || lower.contains("reading password")
      || lower.contains("unable to get passphrase")
    {
      return "the key is encrypted: give its password with --password-file FILE or --password-env VARIABLE"
    }
    if lower.contains("bad decrypt") || lower.contains("cipherfinal") || lower.contains("mac verify")
      || lower.contains("invalid password") || lower.contains("wrong password")
    {
      return "wrong password"
    }
    return text
  }

  private static func readFile(_ path: String, what: String) throws(SigningError) -> [UInt8] {
    do {
      return try FileReader(operations: PosixFileOperations(), limit: 1 << 20).read(path: path).bytes
    } catch {
      throw SigningError("\(what): \(error)")
    }
  }
}
