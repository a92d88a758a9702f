/// What is wrong with who signed a file, as opposed to what was signed: the same verdicts for
/// `rdpfile verify` and the lint rule RDP509.
public enum SignerIssue: Sendable, Hashable, CustomStringConvertible {
  /// The signer's certificate expired.
  case expired(CertificateTime)
  /// The signer's certificate is not valid yet.
  case notYetValid(CertificateTime)
  /// The signature uses a digest that is broken for signatures (SHA-1, MD5).
  case weakDigest(String)
  /// The certificate is issued by its own subject: nobody vouches for the name in it.
  case selfSigned(String)
  /// The chain does not end in a trust anchor the user gave (or the system's store).
  case untrusted(String)

  /// A short identifier for machine-readable output.
  public var code: String {
    switch self {
    case .expired: "signer-expired"
    case .notYetValid: "signer-not-yet-valid"
    case .weakDigest: "weak-digest"
    case .selfSigned: "signer-self-signed"
    case .untrusted: "signer-untrusted"
    }
  }

  /// One line for people.
  public var description: String {
    switch self {
    case .expired(let date): "the signer's certificate expired on \(date)"
    case .notYetValid(let date): "the signer's certificate is not valid before \(date)"
    case .weakDigest(let digest):
      "the signature uses \(digest.uppercased()), a digest that no longer protects signatures (re-sign with SHA-256)"
    case .selfSigned(let subject):
      "the signer's certificate is self-signed (\(TextEscaper.brief(subject, limit: 60))), so no authority vouches for the publisher's name"
    case .untrusted(let reason): "the signer is not trusted (\(TextEscaper.brief(reason)))"
    }
  }

  /// Judges the signer of `signedData` at `now` (validity is not judged without it); `trust` is
  /// the chain check, when one was made.
  package static func assess(_ signedData: CMSSignedData, now: CertificateTime?, trust: SignerTrust?) -> [SignerIssue] {
    var issues: [SignerIssue] = []
    if let certificate = signedData.signerCertificate {
      if let now, now > certificate.notAfter { issues.append(.expired(certificate.notAfter)) }
      if let now, now < certificate.notBefore { issues.append(.notYetValid(certificate.notBefore)) }
      if certificate.isSelfIssued { issues.append(.selfSigned(certificate.subject.description)) }
    }
    if ["sha1", "md5"].contains(signedData.digestAlgorithm.lowercased()) {
      issues.append(.weakDigest(signedData.digestAlgorithm))
    }
    if let trust, !trust.trusted { issues.append(.untrusted(trust.detail)) }
    return issues
  }
}
