/// Everything about a file's signature that can be found without cryptography: whether it is
/// signed, the content the signature covers, the decoded block and certificates, and the
/// structural problems. ``verify(with:)`` adds the cryptographic check.
public struct SignatureInspection: Sendable {
  /// Whether the file has `signscope` or `signature`.
  public let isSigned: Bool
  /// The content the `signscope` line describes, when there is one.
  public let content: SignedContent?
  /// The decoded `signature` value, when it decodes.
  package let block: SignatureBlock?
  /// The CMS structure of the block, when it parses.
  package let signedData: CMSSignedData?
  /// What is wrong, in the order found; empty for an unsigned file or an intact-looking one.
  public private(set) var problems: [SignatureProblem]
  /// The outcome of the cryptographic check, once ``verify(with:)`` ran.
  public private(set) var check: SignatureCheck?
  /// The signer's chain, once ``verify(with:)`` ran with a verifier that has trust anchors.
  public private(set) var trust: SignerTrust?

  /// Inspects a document.
  public init(_ document: RDPDocument) {
    self.init(document.effective)
  }

  /// Inspects the document behind an effective view (which is not computed again).
  public init(_ effective: EffectiveSettings) {
    let scopeLine = effective.lastLine(.signScope)
    let signatureLine = effective.lastLine(.signature)
    isSigned = scopeLine != nil || signatureLine != nil
    content = SignedContent(signedBy: effective)
    var problems: [SignatureProblem] = []
    var block: SignatureBlock?
    var signedData: CMSSignedData?
    if isSigned, scopeLine == nil || signatureLine == nil {
      problems.append(.incompletePair(missing: scopeLine == nil ? "signscope" : "signature"))
    }
    if let signatureLine {
      do throws(DERError) {
        let decoded = try SignatureBlock(value: signatureLine.value)
        block = decoded
        signedData = try decoded.signedData()
      } catch {
        problems.append(.malformedBlock(error.description))
      }
    }
    if let content {
      if !content.missingNames.isEmpty { problems.append(.scopedKeyMissing(content.missingNames)) }
      let scopeKeys = SignScope(names: content.scopeNames).keys
      let duplicated = scopeKeys.filter { effective.lines(forKey: $0).count > 1 }
      if !duplicated.isEmpty { problems.append(.duplicateScopedKey(duplicated)) }
      let scope = Set(scopeKeys)
      let outside = PropertyCatalogue.signableKeys.map(\.key).filter {
        !scope.contains($0) && effective.effectiveLine(forKey: $0) != nil
      }
      if !outside.isEmpty { problems.append(.unsignedSettings(outside)) }
    }
    if let signatureLine {
      let after = effective.settingLines.filter {
        $0.index > signatureLine.index && $0.normalizedKey != "signscope" && $0.normalizedKey != "signature"
      }.map(\.key)
      if !after.isEmpty { problems.append(.settingsAfterSignature(after)) }
    }
    self.block = block
    self.signedData = signedData
    self.problems = problems
  }

  /// Whether the cryptographic check can run: the scope rebuilds and the block decodes.
  public var isCheckable: Bool {
    guard let content, content.missingNames.isEmpty else { return false }
    return block != nil && signedData != nil
  }

  /// Runs the cryptographic check with `verifier` (when it can run) and records a mismatch as
  /// a problem.
  public mutating func verify(with verifier: any SignatureVerifier) {
    guard isCheckable, let content, let block else { return }
    let outcome = verifier.check(content: content.bytes, cms: block.cms)
    check = outcome
    if case .doesNotMatch(let reason) = outcome { problems.append(.contentChanged(reason)) }
    if case .matches = outcome { trust = verifier.trust(content: content.bytes, cms: block.cms) }
  }

  /// What is wrong with the signer at `now` (see ``SignerIssue``); empty without a readable
  /// signature block.
  public func signerIssues(at now: CertificateTime?) -> [SignerIssue] {
    signedData.map { SignerIssue.assess($0, now: now, trust: trust) } ?? []
  }

  /// Whether the file is signed and nothing is known to be wrong with the signature. Before
  /// ``verify(with:)`` this only covers the structure.
  public var isIntact: Bool { isSigned && problems.isEmpty }
}
