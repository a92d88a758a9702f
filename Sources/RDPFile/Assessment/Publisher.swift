/// Who signed a file, and whether that means anything: the facts a security team needs before
/// trusting the name the Windows dialog will show.
public struct Publisher: Sendable, Hashable {
  /// Whether the file carries a signature.
  public var signed = false
  /// Whether the signature matches the signed settings: `nil` when that could not be checked
  /// (no `openssl`) and nothing structural is wrong.
  public var intact: Bool?
  /// What is wrong with the signature, one line each.
  public var problems: [String] = []
  /// The signer's certificate, when it could be found.
  public var certificate: Certificate?
  /// Its thumbprints, when they could be computed.
  public var thumbprints: CertificateThumbprints?
  /// The thumbprints of every certificate in the signature (signer and chain), for blocklists.
  public var allThumbprints: [CertificateThumbprints] = []
  /// Whether the organisation trusts the signer: its chain ends in a `--trust-ca` certificate,
  /// or its SHA-256 thumbprint is one of `--trust-thumbprint`. Never for a broken signature.
  public var trusted = false
  /// Why it is trusted or not.
  public var trustDetail = "unsigned"
  /// The signature's digest algorithm.
  public var digestAlgorithm: String?
  /// How the signer's certificate relates to the host the file connects to, when it is a TLS
  /// server certificate: it names it, or it names something that resembles it.
  public var serverCertificateNote: String?
  /// The allowed domain whose organisation the signer's name resembles, when it is not trusted.
  public var resemblesOrganisation: String?
  /// Whether the organisation said whom it trusts (a CA or a thumbprint): only then does an
  /// untrusted signer with the organisation's name stand out as an impostor.
  public var trustWasGiven = false

  /// Whether the signer's certificate is self-signed.
  public var selfSigned: Bool { certificate?.isSelfIssued ?? false }

  /// Judges a file's signature (already verified with `verifier` when there is one).
  init(inspection: SignatureInspection?, verifier: (any SignatureVerifier)?, policy: TriagePolicy, targets: [String]) {
    guard let inspection, inspection.isSigned else { return }
    signed = true
    problems = inspection.problems.map(\.description)
    switch inspection.check {
    case .matches?: intact = problems.isEmpty
    case .doesNotMatch?: intact = false
    case .unavailable?, nil: intact = problems.isEmpty ? nil : false
    }
    trustWasGiven = !policy.trustedThumbprints.isEmpty || inspection.trust != nil
    digestAlgorithm = inspection.signedData?.digestAlgorithm
    certificate = inspection.signedData?.signerCertificate
    if let verifier, let certificates = inspection.signedData?.certificates {
      allThumbprints = certificates.compactMap { verifier.thumbprints(of: $0.der) }
      if let certificate { thumbprints = verifier.thumbprints(of: certificate.der) }
    }
    if intact == false {
      trustDetail = "the signature is broken, so it vouches for nothing"
    } else if let sha256 = thumbprints?.sha256, policy.trustedThumbprints.contains(sha256) {
      trusted = intact == true
      trustDetail =
        trusted
        ? "its SHA-256 thumbprint is one the organisation trusts"
        : "its thumbprint is trusted, but the signature could not be checked"
    } else if let trust = inspection.trust {
      trusted = trust.trusted && intact == true
      trustDetail = trust.detail
    } else if intact == nil {
      trustDetail = "the signature could not be checked (no openssl)"
    } else {
      trustDetail = "no trusted CA or thumbprint names it"
    }
    guard let certificate else { return }
    if certificate.isServerCertificate { serverCertificateNote = Self.note(certificate, targets: targets) }
    if !trusted {
      let names = [certificate.subject.commonName, certificate.subject.attributes.first { $0.type == "O" }?.value]
        .compactMap { $0 }
      resemblesOrganisation =
        names.lazy.compactMap { NameResemblance.organisation(resembledBy: $0, policy: policy) }.first
    }
  }

  /// How a TLS server certificate's names relate to the targets.
  private static func note(_ certificate: Certificate, targets: [String]) -> String? {
    let names = certificate.hostNames
    for target in targets where certificate.matches(host: HostAssessment.bare(target)) {
      return
        "a TLS server certificate for '\(TextEscaper.brief(HostAssessment.bare(target)))', the host the file connects to: whoever controls that name can get one"
    }
    for target in targets {
      let host = HostAssessment.bare(target).lowercased()
      for name in names {
        let name = name.lowercased()
        let distance = EditDistance.between(
          Array(name.unicodeScalars.map(\.value)), Array(host.unicodeScalars.map(\.value)), limit: 3)
        if NameResemblance.skeleton(name) == NameResemblance.skeleton(host) || distance <= 3
          || Self.domain(name) == Self.domain(host)
        {
          return
            "a TLS server certificate for '\(TextEscaper.brief(name))', which resembles the host '\(TextEscaper.brief(host))' the file connects to"
        }
      }
    }
    return names.isEmpty ? "a TLS server certificate" : "a TLS server certificate for '\(TextEscaper.brief(names[0]))'"
  }

  /// The last two labels of a name.
  private static func domain(_ name: String) -> String {
    name.split(separator: ".").suffix(2).joined(separator: ".")
  }
}
