extension LintContext {
  /// The `signscope` line, when the file has one.
  var signScopeLine: SettingLine? { lastLine(.signScope) }

  /// The `signature` line, when the file has one.
  var signatureLine: SettingLine? { lastLine(.signature) }

  /// The names in the `signscope` line, when the file has one.
  var signScope: SignScope? { SignScope(of: effective) }

  /// The keys `signscope` covers, lower-cased.
  var scopeKeys: Set<String> { Set(signScope?.keys ?? []) }

  /// Whether both signature lines are present.
  var hasSignatureBlock: Bool { signScopeLine != nil && signatureLine != nil }

  /// The keys signing tools sign, lower-cased.
  static let signableKeys = Set(PropertyCatalogue.signableKeys.map(\.key))
}
