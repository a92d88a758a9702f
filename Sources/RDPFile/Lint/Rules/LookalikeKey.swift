/// RDP615: a key that looks like a known key but uses look-alike letters from another script.
struct LookalikeKey: LintRule {
  static let id = "RDP615"
  static let name = "lookalike-key"
  static let severity = Severity.warning
  static let fixAvailability = FixAvailability.always
  static let documentation = RuleDocumentation(
    whatItChecks:
      "A key with non-ASCII letters that reads as a known key once look-alikes (Cyrillic `а`, Greek `ο`, …) are replaced by their Latin twins.",
    whyItMatters: """
      To a person `full аddress` with a Cyrillic `а` is `full address`; to every client it is an \
      unknown key, ignored. A file can so show one setting and use another, or hide that a \
      setting is missing. It is rarely an accident.
      """,
    example: "full аddress:s:ts.example.com   (Cyrillic а)",
    fix: "Rewrites the key in ASCII. Unsafe: the setting starts to take effect.")

  /// The known key `key` imitates, when it has look-alike letters and maps to one.
  static func asciiSkeleton(of key: String) -> Property? {
    guard key.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
    var skeleton = ""
    for scalar in key.unicodeScalars {
      if scalar.isASCII {
        skeleton.unicodeScalars.append(scalar)
      } else if let replacement = KeyText.confusables[scalar] {
        skeleton.append(replacement)
      } else {
        return nil
      }
    }
    return PropertyCatalogue.property(named: PlainText.trimmed(skeleton))
  }

  func check(_ context: LintContext) -> [Diagnostic] {
    context.findings(atSettings: context.classes.unknownKeys) { line in
      guard !line.isPlainASCII, let property = Self.asciiSkeleton(of: line.normalizedKey) else { return nil }
      let odd =
        line.key.unicodeScalars.first { !$0.isASCII }.map {
          "U+" + PlainText.zeroPadded(String($0.value, radix: 16, uppercase: true), to: 4)
        } ?? ""
      return diagnostic(
        "key \(context.show(key: line.key)) looks like '\(property.name)' but contains \(odd), a look-alike letter; clients treat it as an unknown key",
        at: context.keyRange(line),
        fix: Fix(
          title: "Write the key as '\(property.name)'", applicability: .unsafe,
          edits: [Edit(.replace(line: line.index, range: line.syntax.keyRange, text: property.name))]))
    }
  }
}
