import RDPFile

/// Checks CMS signatures with `openssl cms -verify -noverify` (the signature only; the chain is
/// checked separately by ``OpenSSL/trust(content:cms:caFile:environment:)``).
struct OpenSSLVerifier: SignatureVerifier {
  let openssl: OpenSSL
  let environment: [String: String]

  func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck {
    do throws(Subprocess.LaunchError) {
      var folder = try PrivateFolder(environment: environment)
      defer { folder.remove() }
      let contentPath = try folder.write("content.bin", content)
      let signaturePath = try folder.write("signature.der", cms)
      let result = try openssl.run([
        "cms", "-verify", "-binary", "-inform", "DER", "-in", signaturePath, "-content", contentPath, "-noverify", "-out", "/dev/null",
      ])
      return result.status == 0 ? .matches : .doesNotMatch(OpenSSL.reason(result))
    } catch {
      return .unavailable("could not run openssl: \(error.message)")
    }
  }
}
