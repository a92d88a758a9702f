/// Signs a document the way rdpsign.exe does: every signable setting present goes into the
/// scope, in the signing order, and `signscope` and `signature` become the last two lines.
///
/// Before signing, an old signature is removed, and a file with `full address` but no
/// `alternate full address` gets one with the same value: clients prefer the alternate address,
/// so an unsigned one added later would otherwise redirect the signed file.
package struct DocumentSigner: Sendable {
  /// What makes the CMS signature.
  package let signer: any ContentSigner

  /// A document signer using `signer` for the cryptography.
  package init(signer: any ContentSigner) {
    self.signer = signer
  }

  /// The signed document and a line for each change made.
  ///
  /// - Throws: ``SigningError`` when a signable setting appears more than once (the signature
  ///   would cover one line while a client may read the other), when nothing signable is
  ///   present, when the signer fails, or when the signed file would not read back as itself
  ///   (a file whose encoding was guessed can read as another one once the lines are added).
  package func sign(_ document: RDPDocument) throws(SigningError) -> (document: RDPDocument, changes: [String]) {
    var current = SignatureGuard.strip(document)
    var changes: [String] = []
    if SignatureGuard.isSigned(document) { changes.append("replaced the old signature") }
    var effective = current.effective
    if let full = effective.effectiveLine(.fullAddress),
      effective.effectiveLine(.alternateFullAddress) == nil
    {
      let value = effective.string(.fullAddress) ?? full.value
      do {
        try current.set(Setting(key: "alternate full address", type: .string, value: value))
      } catch {
        throw SigningError("cannot add alternate full address: \(error)")
      }
      effective = current.effective
      changes.append(
        "added alternate full address:s:\(TextEscaper.brief(value)) so that no unsigned alternate address can redirect the file"
      )
    }
    var names: [String] = []
    var lines: [String] = []
    for (key, scopeName) in PropertyCatalogue.signableKeys {
      let occurrences = effective.lines(forKey: key)
      guard let line = effective.effectiveLine(forKey: key) else { continue }
      guard occurrences.count == 1 else {
        throw SigningError(
          "'\(key)' appears \(occurrences.count) times; remove the extra lines before signing (a client may read one the signature does not cover)"
        )
      }
      names.append(scopeName)
      lines.append(SignedContent.trimmed(current.lines[line.index].text))
    }
    guard !names.isEmpty else {
      throw SigningError("the file has no setting that signing covers (full address, gateway, redirections, …)")
    }
    let scope = SignScope(names: names)
    let content = SignedContent(scope: scope, lines: lines)
    let block = SignatureBlock(cms: try signer.sign(content.bytes))
    do {
      current = try current.applying([
        .appendLine(scope.settingLine), .appendLine("signature:s:" + block.value),
      ])
    } catch {
      throw SigningError("cannot append the signature lines: \(error)")
    }
    // A file whose encoding was only guessed may be read as another encoding once the lines
    // are added (found by the fuzzer): such a result is refused, as every rewrite is.
    guard RDPDocument(bytes: current.serialized()) == current else {
      throw SigningError("the signed file would not read back the same (its encoding is ambiguous); nothing was signed")
    }
    changes.append(
      "signed \(names.count) settings (\(names.prefix(4).joined(separator: ", "))\(names.count > 4 ? ", …" : ""))")
    return (current, changes)
  }
}
