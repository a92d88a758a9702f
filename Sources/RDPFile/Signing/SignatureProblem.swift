/// Why a signed file's signature does not hold.
public enum SignatureProblem: Sendable, Hashable, CustomStringConvertible {
  /// Only one of `signscope` and `signature` is present.
  case incompletePair(missing: String)
  /// The `signature` value cannot be decoded (base64, header or CMS structure).
  case malformedBlock(String)
  /// Names in `signscope` without a setting line: the signed content cannot be rebuilt.
  case scopedKeyMissing([String])
  /// A signed setting appears more than once, so a client may read a line the signature does
  /// not cover.
  case duplicateScopedKey([String])
  /// Signable settings the scope does not cover: added or changed after signing.
  case unsignedSettings([String])
  /// Settings after the `signature` line: appended after signing.
  case settingsAfterSignature([String])
  /// The signature does not match the content.
  case contentChanged(String)
  /// The signature matches but its certificate chain is not trusted (only reported when asked).
  case untrusted(String)

  /// A short identifier for machine-readable output.
  public var code: String {
    switch self {
    case .incompletePair: "incomplete-pair"
    case .malformedBlock: "malformed-signature"
    case .scopedKeyMissing: "scoped-key-missing"
    case .duplicateScopedKey: "duplicate-scoped-key"
    case .unsignedSettings: "unsigned-settings"
    case .settingsAfterSignature: "settings-after-signature"
    case .contentChanged: "content-changed"
    case .untrusted: "untrusted"
    }
  }

  /// One line for people.
  public var description: String {
    func list(_ names: [String]) -> String {
      var text = names.prefix(6).map { "'\(TextEscaper.brief($0, limit: 40))'" }.joined(separator: ", ")
      if names.count > 6 { text += " and \(names.count - 6) more" }
      return text
    }
    switch self {
    case .incompletePair(let missing): return "\(missing) is missing, so there is nothing to verify against"
    case .malformedBlock(let reason): return "the signature block is damaged: \(reason)"
    case .scopedKeyMissing(let names): return "signscope names \(list(names)), which the file no longer has"
    case .duplicateScopedKey(let keys): return "signed settings appear more than once: \(list(keys))"
    case .unsignedSettings(let keys): return "settings the signature does not cover: \(list(keys))"
    case .settingsAfterSignature(let keys): return "settings added after the signature: \(list(keys))"
    case .contentChanged(let reason): return "the signed settings changed after signing (\(TextEscaper.brief(reason)))"
    case .untrusted(let reason): return "the signer is not trusted (\(TextEscaper.brief(reason)))"
    }
  }
}
