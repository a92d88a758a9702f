import RDPFile

/// Checks CMS signatures with `openssl cms -verify -noverify` (the signature only; the chain is
/// checked separately by ``OpenSSL/trust(content:cms:caFile:environment:)``).
struct OpenSSLVerifier: SignatureVerifier {
  let openssl: OpenSSL
  let environment: [String: String]

  func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck {
    switch openssl.verify(content: content, cms: cms, options: ["-noverify"], environment: environment) {
    case .success(let result): result.status == 0 ? .matches : .doesNotMatch(OpenSSL.reason(result))
    case .failure(let error): .unavailable("could not run openssl: \(error.message)")
    }
  }
}
