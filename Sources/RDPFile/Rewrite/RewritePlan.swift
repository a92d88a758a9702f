/// Everything `rdpfile fix` (and `rdpfile sign`) does to one document: explicit workarounds,
/// then lint fixes, then the signature: refused, stripped or signed again.
public struct RewritePlan: Sendable {
  /// The explicit workarounds, applied first, in order.
  public var workarounds: [Workaround]
  /// The lint fixer, when lint fixes are applied.
  public var fixer: Fixer?
  /// Whether a signed file may be changed by removing its signature.
  public var stripSignature: Bool
  /// Signs changed files that were signed (`fix --resign`), so that no file is ever left with
  /// a broken signature; takes precedence over ``stripSignature``.
  public var signer: DocumentSigner?
  /// Signs every file, changed or not, signed before or not (`rdpfile sign`).
  public var signEveryFile: Bool

  /// Creates a plan.
  public init(
    workarounds: [Workaround] = [], fixer: Fixer? = nil, stripSignature: Bool = false, signer: DocumentSigner? = nil,
    signEveryFile: Bool = false
  ) {
    self.workarounds = workarounds
    self.fixer = fixer
    self.stripSignature = stripSignature
    self.signer = signer
    self.signEveryFile = signEveryFile
  }

  /// Applies the plan to one document.
  public func apply(to document: RDPDocument, resolver: any HostResolver) -> RewriteOutcome {
    if let kind = ContentSniffer.binaryKind(of: document) {
      return RewriteOutcome(
        original: document, document: document, status: .failed("not a connection file (the content looks like \(kind)); left unchanged"),
        changes: [])
    }
    var current = document
    var changes: [String] = []
    let originalSettings = document.effective
    var settings = originalSettings
    for (index, workaround) in workarounds.enumerated() {
      do throws(RewriteError) {
        let edits = try workaround.edits(for: settings, resolver: resolver)
        guard !edits.isEmpty else { continue }
        do {
          current = try current.applying(edits.map(\.0))
        } catch {
          throw .edit(error)
        }
        // The next workaround reads the document as this one left it.
        if index < workarounds.count - 1 { settings = current.effective }
        changes += edits.map(\.1)
      } catch {
        return RewriteOutcome(original: document, document: document, status: .failed(error.description), changes: [])
      }
    }
    var applied: [AppliedFix] = []
    if let fixer {
      let outcome = fixer.fix(current)
      if let failure = outcome.failure {
        return RewriteOutcome(original: document, document: document, status: .failed(failure), changes: [])
      }
      current = outcome.document
      applied = outcome.applied
      changes += applied.map { "\($0.ruleID): \($0.title)\($0.applicability == .unsafe ? " (unsafe)" : "")" }
    }
    let bytes = current.serialized()
    guard current == document || RDPDocument(bytes: bytes) == current else {
      return RewriteOutcome(original: document, document: document, status: .failed("the result would not read back the same; nothing was changed"), changes: [])
    }
    if let signer, signEveryFile || (current != document && SignatureGuard.isSigned(originalSettings)) {
      do throws(SigningError) {
        let signed = try signer.sign(current)
        let signedBytes = signed.document.serialized()
        guard signed.document != document else {
          return RewriteOutcome(original: document, document: document, status: .unchanged, changes: [])
        }
        guard RDPDocument(bytes: signedBytes) == signed.document else {
          return RewriteOutcome(
            original: document, document: document, status: .failed("the signed file would not read back the same; nothing was changed"),
            changes: [])
        }
        return RewriteOutcome(
          original: document, document: signed.document, status: .changed, changes: changes + signed.changes, appliedFixes: applied,
          bytes: signedBytes)
      } catch {
        return RewriteOutcome(original: document, document: document, status: .failed("cannot sign: \(error)"), changes: [])
      }
    }
    if current != document, SignatureGuard.isSigned(originalSettings), let verdict = SignatureGuard(original: document, edited: current).verdict {
      guard stripSignature else {
        return RewriteOutcome(
          original: document, document: document,
          status: .refused("\(verdict); not changed (--strip-signature removes the signature and allows the change)"), changes: changes)
      }
      current = SignatureGuard.strip(current)
      changes.append("removed signscope and signature: the file is no longer signed")
      return RewriteOutcome(
        original: document, document: current, status: .changed, changes: changes, appliedFixes: applied,
        bytes: current.serialized())
    }
    return RewriteOutcome(
      original: document, document: current, status: current == document ? .unchanged : .changed, changes: changes,
      appliedFixes: applied, bytes: bytes)
  }

  /// The cost notes of the unsafe workarounds and fixes this plan may apply, once each.
  public var costs: [String] {
    var notes = workarounds.compactMap(\.cost)
    if stripSignature {
      notes.append("removing a signature makes Windows show the file as an unknown, unsigned connection (since the April 2026 update) and leaves its settings without tamper protection.")
    }
    if fixer?.allowUnsafe == true {
      notes.append("unsafe lint fixes change behaviour someone may rely on; each is listed per file.")
    }
    var seen = Set<String>()
    return notes.filter { seen.insert($0).inserted }
  }
}
