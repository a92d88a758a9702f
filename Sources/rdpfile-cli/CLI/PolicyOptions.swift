import RDPFile

/// The options that say what the organisation counts as its own, shared by `triage` and
/// `lint`: `--allow-domain`, `--trust-thumbprint` and `--trust-ca` (also spelled `--ca`).
struct PolicyOptions {
  var domains: [String] = []
  var thumbprints: [String] = []
  var caFile: String?

  static let help = """
      --allow-domain DOMAIN    a domain of the organisation's own (covers its subdomains);
                               repeat for more. Without any, no host name counts as the
                               organisation's own; private addresses always do
      --trust-thumbprint HEX   a SHA-256 thumbprint of a trusted publisher's certificate (as
                               the "trusted .rdp publishers" policy lists it); repeatable
      --trust-ca FILE          trust publishers whose chain ends in a certificate in FILE
                               (PEM); also spelled --ca
    """

  /// Takes one of these options from `scanner`; `false` when `argument` is another one.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError)
    -> Bool
  {
    switch argument {
    case .option("--allow-domain", let inline):
      let value = try scanner.value(of: "--allow-domain", inline: inline)
      guard TriagePolicy.isDomain(value) else {
        throw UsageError("--allow-domain takes a domain such as contoso.com, not '\(TextEscaper.escape(value))'")
      }
      domains.append(value)
    case .option("--trust-thumbprint", let inline):
      let value = try scanner.value(of: "--trust-thumbprint", inline: inline)
      guard TriagePolicy.isThumbprint(value) else {
        throw UsageError(
          "--trust-thumbprint takes a SHA-256 thumbprint (64 hex digits), not '\(TextEscaper.escape(value))'")
      }
      thumbprints.append(value)
    case .option("--trust-ca", let inline), .option("--ca", let inline):
      caFile = try scanner.value(of: "--trust-ca", inline: inline)
    default: return false
    }
    return true
  }

  /// Whether anything was given: then `lint` runs the triage rules too.
  var isEmpty: Bool { domains.isEmpty && thumbprints.isEmpty && caFile == nil }

  /// The policy, with the triage rules on when `enabled` (always for triage).
  func policy(enabled: Bool) -> TriagePolicy {
    TriagePolicy(allowedDomains: domains, trustedThumbprints: thumbprints, isEnabled: enabled)
  }

  /// The trust anchors of `--trust-ca`, checked before any file is read; `nil` without it.
  func anchors() -> Result<OpenSSLVerifier.Anchors?, FileError> {
    guard let caFile else { return .success(nil) }
    return OpenSSLVerifier.anchors(fromFile: caFile, option: "--trust-ca").map { $0 }
  }

  /// What ``signatureVerifier(openssl:command:in:)`` set up.
  enum VerifierSetup {
    /// Ready: the verifier, or `nil` when openssl is not found and nothing asked for it.
    case ready(OpenSSLVerifier?)
    /// Not usable; the message is printed.
    case failed
  }

  /// What checks signatures for `command`: openssl (`--openssl`, else the one on PATH) with the
  /// `--trust-ca` anchors. `.ready(nil)` when openssl is not found and nothing asked for it;
  /// `.failed` (its message already printed) when the CA file is unusable, or openssl was
  /// named or is needed for `--trust-ca` but cannot be used.
  func signatureVerifier(openssl: String?, command: String, in context: CommandContext) -> VerifierSetup {
    let anchors: OpenSSLVerifier.Anchors?
    switch self.anchors() {
    case .success(let found): anchors = found
    case .failure(let error):
      context.error(error.description)
      return .failed
    }
    do {
      let tool = try OpenSSL.locate(openssl, environment: context.environment)
      return .ready(OpenSSLVerifier(openssl: tool, environment: context.environment, anchors: anchors))
    } catch {
      guard openssl == nil, anchors == nil else {
        context.error("\(command): \(error.message)")
        return .failed
      }
      return .ready(nil)
    }
  }
}
