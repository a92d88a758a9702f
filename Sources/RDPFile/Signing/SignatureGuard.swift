/// Decides whether a change to a signed file would leave it with a broken signature.
///
/// A signature covers the lines named in `signscope`, so changing one of them breaks it. Lines
/// outside the scope do not break it, but an unsigned security setting beside a signature is
/// what signing is meant to prevent, so any change to a signed file counts as breaking unless
/// the caller removes the signature (see ``strip(_:)``) or signs again.
package struct SignatureGuard: Sendable {
  /// The document before the change.
  package let original: RDPDocument
  /// The document after the change.
  package let edited: RDPDocument

  /// Compares a document before and after a change.
  package init(original: RDPDocument, edited: RDPDocument) {
    self.original = original
    self.edited = edited
  }

  /// Whether a document carries `signscope` or `signature` lines.
  package static func isSigned(_ document: RDPDocument) -> Bool {
    isSigned(document.effective)
  }

  /// Whether the document behind an effective view carries `signscope` or `signature` lines.
  package static func isSigned(_ settings: EffectiveSettings) -> Bool {
    settings.contains(.signScope) || settings.contains(.signature)
  }

  /// Why the change breaks the signature, or `nil` when the file is unsigned or unchanged.
  package var verdict: String? {
    guard original != edited else { return nil }
    let settings = original.effective
    guard Self.isSigned(settings) else { return nil }
    let scope = Set(SignScope(of: settings)?.keys ?? [])
    let touched = changedKeys().filter(scope.contains).sorted()
    if !touched.isEmpty {
      return
        "the file is signed and the change touches \(touched.map { "'\($0)'" }.joined(separator: ", ")), which the signature covers"
    }
    return "the file is signed and the change adds, removes or alters lines beside the signature"
  }

  /// The normalized keys whose lines differ between the two documents.
  package func changedKeys() -> Set<String> {
    func linesByKey(_ document: RDPDocument) -> [String: [[UInt8]]] {
      var result: [String: [[UInt8]]] = [:]
      for line in document.lines {
        guard let setting = line.setting else { continue }
        result[setting.normalizedKey, default: []].append(Array(line.content))
      }
      return result
    }
    let before = linesByKey(original)
    let after = linesByKey(edited)
    return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
  }

  /// The document without its `signscope` and `signature` lines.
  package static func strip(_ document: RDPDocument) -> RDPDocument {
    var stripped = document
    stripped.removeSettings(named: "signscope")
    stripped.removeSettings(named: "signature")
    return stripped
  }
}
