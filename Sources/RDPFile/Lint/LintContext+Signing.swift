extension LintContext {
  /// The `signscope` line, when the file has one.
  var signScopeLine: SettingLine? { lastLine(forKey: "signscope") }

  /// The `signature` line, when the file has one.
  var signatureLine: SettingLine? { lastLine(forKey: "signature") }

  /// The display names in `signscope`, trimmed, in order.
  var scopeNames: [String] {
    guard let line = signScopeLine else { return [] }
    return line.value.split(separator: ",").map { PlainText.trimmed(String($0)) }.filter { !$0.isEmpty }
  }

  /// The keys `signscope` covers, lower-cased.
  var scopeKeys: Set<String> { Set(scopeNames.map(PropertyCatalogue.key(forScopeName:))) }

  /// Whether both signature lines are present.
  var hasSignatureBlock: Bool { signScopeLine != nil && signatureLine != nil }

  /// The keys signing tools sign, lower-cased.
  static let signableKeys = Set(PropertyCatalogue.signableKeys.map(\.key))
}
