import RDPFile

/// Checks CMS signatures with `openssl cms -verify -noverify` (the signature only), and, when it
/// has trust anchors, the signer's chain (``OpenSSL/trust(content:cms:caFile:environment:)``).
struct OpenSSLVerifier: SignatureVerifier {
  /// Where chains must end: the system's store, or only the certificates in a file.
  enum Anchors: Sendable, Equatable {
    case system
    case file(String)
  }

  let openssl: OpenSSL
  let environment: [String: String]
  /// The trust anchors; `nil` checks signatures only.
  var anchors: Anchors?
  /// Answers already given in this run (shared by every copy of this verifier).
  let answers = VerificationCache()

  func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck {
    answers.check(content: content, cms: cms) {
      switch openssl.verify(content: content, cms: cms, options: ["-noverify"], environment: environment) {
      case .success(let result): result.status == 0 ? .matches : .doesNotMatch(OpenSSL.reason(result))
      case .failure(let error): .unavailable("could not run openssl: \(error.message)")
      }
    }
  }

  func trust(content: [UInt8], cms: [UInt8]) -> SignerTrust? {
    guard let anchors else { return nil }
    return answers.trust(content: content, cms: cms) {
      let caFile: String? = if case .file(let path) = anchors { path } else { nil }
      let verdict = openssl.trust(content: content, cms: cms, caFile: caFile, environment: environment)
      return SignerTrust(trusted: verdict.trusted, detail: verdict.detail)
    }
  }

  func thumbprints(of certificate: [UInt8]) -> CertificateThumbprints? {
    guard let sha1 = openssl.digest("sha1", certificate), let sha256 = openssl.digest("sha256", certificate) else {
      return nil
    }
    return CertificateThumbprints(sha1: sha1, sha256: sha256)
  }

  /// Checks a `--ca FILE` before any file is looked at: it must be readable and hold at least
  /// one PEM certificate, or every signature would silently count as untrusted. The message
  /// names the option and the file.
  static func anchors(fromFile path: String, option: String) -> Result<Anchors, FileError> {
    let bytes: [UInt8]
    do {
      bytes = try FileReader(limit: 16 << 20).read(path: path).bytes
    } catch {
      return .failure(.cannotRead(path: "\(option) \(path)", reason: Self.reason(error)))
    }
    guard String(decoding: bytes, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----") else {
      return .failure(.cannotRead(path: "\(option) \(path)", reason: "it holds no PEM certificate"))
    }
    return .success(.file(path))
  }

  private static func reason(_ error: FileError) -> String {
    if case .cannotRead(_, let reason) = error { return reason }
    return error.description
  }
}
