/// Everything `rdpfile fix` (and `rdpfile sign`) does to one document: explicit workarounds,
/// then lint fixes, then the signature: refused, stripped or signed again.
package struct RewritePlan: Sendable {
  /// The explicit workarounds, applied first, in order.
  package var workarounds: [Workaround]
  /// The lint fixer, when lint fixes are applied.
  package var fixer: Fixer?
  /// Whether a signed file may be changed by removing its signature.
  package var stripSignature: Bool
  /// Signs changed files that were signed (`fix --resign`), so that no file is ever left with
  /// a broken signature; takes precedence over ``stripSignature``.
  package var signer: DocumentSigner?
  /// Signs every file, changed or not, signed before or not (`rdpfile sign`).
  package var signEveryFile: Bool

  /// Creates a plan.
  package init(
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
  package func apply(to document: RDPDocument, resolver: any HostResolver) -> RewriteOutcome {
    if let kind = ContentSniffer.binaryKind(of: document) {
      return RewriteOutcome(
        original: document, document: document,
        status: .failed("not a connection file (the content looks like \(kind)); left unchanged"),
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
    if let fixer {
      let outcome = fixer.fix(current)
      if let failure = outcome.failure {
        return RewriteOutcome(original: document, document: document, status: .failed(failure), changes: [])
      }
      current = outcome.document
      changes += outcome.applied.map {
        "\($0.ruleID): \($0.title)\($0.applicability == .unsafe ? " (unsafe)" : "")"
      }
    }
    if let signer, signEveryFile || (current != document && SignatureGuard.isSigned(originalSettings)) {
      do throws(SigningError) {
        let signed = try signer.sign(current)
        return finished(document, signed.document, changes: changes + signed.changes)
      } catch {
        return RewriteOutcome(
          original: document, document: document, status: .failed("cannot sign: \(error)"), changes: [])
      }
    }
    if current != document, SignatureGuard.isSigned(originalSettings),
      let verdict = SignatureGuard(original: document, edited: current).verdict
    {
      guard stripSignature else {
        return RewriteOutcome(
          original: document, document: document,
          status: .refused(verdict),
          changes: changes)
      }
      current = SignatureGuard.strip(current)
      changes.append("removed signscope and signature: the file is no longer signed")
    }
    return finished(document, current, changes: changes)
  }

  /// The outcome for `result`, once it is proved to read back as itself: the one round-trip
  /// proof of a rewrite, made on what would be written (the fixer's, the signer's and the
  /// stripping's work included).
  private func finished(_ document: RDPDocument, _ result: RDPDocument, changes: [String]) -> RewriteOutcome {
    guard result != document else {
      return RewriteOutcome(original: document, document: document, status: .unchanged, changes: changes)
    }
    let bytes = result.serialized()
    guard RDPDocument(bytes: bytes) == result else {
      return RewriteOutcome(
        original: document, document: document,
        status: .failed("the result would not read back the same; nothing was changed"), changes: [])
    }
    return RewriteOutcome(original: document, document: result, status: .changed, changes: changes, bytes: bytes)
  }

  /// The cost notes of the unsafe workarounds and fixes this plan may apply, once each.
  package var costs: [String] {
    var notes = workarounds.compactMap(\.cost)
    if stripSignature {
      notes.append(
        "removing a signature makes Windows show the file as an unknown, unsigned connection (since the April 2026 update) and leaves its settings without tamper protection."
      )
    }
    if fixer?.allowUnsafe == true {
      notes.append("unsafe lint fixes change behaviour someone may rely on; each is listed per file.")
    }
    var seen = Set<String>()
    return notes.filter { seen.insert($0).inserted }
  }
}
