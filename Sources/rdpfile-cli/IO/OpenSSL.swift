import RDPFile

/// The system's `openssl` program, to which all cryptography is delegated (as git delegates to
/// gpg): CMS signing and verification, certificate chains, digests, PKCS #12.
struct OpenSSL: Sendable {
  let program: Subprocess

  /// The program named by `--openssl`, or `openssl` on the `PATH`.
  static func locate(_ explicit: String?, environment: [String: String]) throws(UsageError) -> OpenSSL {
    let name = explicit ?? "openssl"
    guard let path = Subprocess.find(name, path: environment["PATH"]) else {
      throw explicit == nil
        ? UsageError(
          "the openssl program was not found on PATH; install it (Debian: apt-get install openssl) or name it with --openssl PATH"
        )
        : UsageError("--openssl: '\(name)' is not an executable program")
    }
    return OpenSSL(program: Subprocess(executable: path, environment: environment))
  }

  /// Runs `openssl ARGUMENTS`.
  func run(_ arguments: [String], input: [UInt8] = []) throws(Subprocess.LaunchError) -> Subprocess.Result {
    try program.run(arguments, input: input)
  }

  /// The reason OpenSSL gives on standard error, without its error-stack noise: the text after
  /// `Verify error:`, else the reason field of the last `…:error:code:library:function:reason:…`
  /// line, else the first line.
  static func reason(_ result: Subprocess.Result) -> String {
    let lines = String(decoding: result.errors, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    if let line = lines.first(where: { $0.contains("Verify error:") }), let range = line.firstRange(of: "Verify error:")
    {
      return String(line[range.upperBound...]).trimmingBlanks
    }
    for line in lines.reversed() {
      let fields = line.split(separator: ":", omittingEmptySubsequences: false)
      if fields.count >= 6, fields[1] == "error" { return String(fields[5]) }
    }
    return lines.first.map { TextEscaper.brief($0, limit: 120) } ?? "openssl exited with status \(result.status)"
  }

  /// The SHA-256 digest of `bytes` in upper-case hex (a certificate's thumbprint).
  func sha256(_ bytes: [UInt8]) -> String? { digest("sha256", bytes)?.uppercased() }

  /// The `algorithm` (`sha1`, `sha256`) digest of `bytes` in lower-case hex.
  func digest(_ algorithm: String, _ bytes: [UInt8]) -> String? {
    guard let result = try? run(["dgst", "-\(algorithm)", "-binary"], input: bytes), result.status == 0,
      result.output.count == (algorithm == "sha1" ? 20 : 32)
    else { return nil }
    let digits = Array("0123456789abcdef")
    return String(result.output.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
  }

  /// Runs `openssl cms -verify` on a detached signature of `content`, with `options` (which
  /// decide whether the chain is checked), or why openssl could not be run.
  func verify(content: [UInt8], cms: [UInt8], options: [String], environment: [String: String]) -> Result<
    Subprocess.Result, Subprocess.LaunchError
  > {
    do throws(Subprocess.LaunchError) {
      var folder = try PrivateFolder(environment: environment)
      defer { folder.remove() }
      let contentPath = try folder.write("content.bin", content)
      let signaturePath = try folder.write("signature.der", cms)
      return .success(
        try run(
          [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", signaturePath, "-content", contentPath, "-out",
            "/dev/null",
          ] + options))
    } catch {
      return .failure(error)
    }
  }

  /// Whether the signer's certificate chains to a trusted root: the system's store, or only the
  /// certificates in `caFile`. Returns OpenSSL's reason when it does not.
  func trust(content: [UInt8], cms: [UInt8], caFile: String?, environment: [String: String]) -> (
    trusted: Bool, detail: String
  ) {
    let options = ["-purpose", "any"] + (caFile.map { ["-CAfile", $0, "-no-CApath", "-no-CAstore"] } ?? [])
    switch verify(content: content, cms: cms, options: options, environment: environment) {
    case .success(let result) where result.status == 0:
      return (true, caFile == nil ? "chains to a root in the system store" : "chains to the given CA")
    case .success(let result): return (false, Self.reason(result))
    case .failure(let error): return (false, "could not run openssl: \(error.message)")
    }
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmingBlanks: String { PlainText.trimmed(self) }
}
