/// RDP212: an address that is not a host name: a URL, a path, a template placeholder, spaces.
struct AddressSyntax: LintRule {
  static let id = "RDP212"
  static let name = "address-syntax"
  static let severity = Severity.error
  static let fixAvailability = FixAvailability.sometimes
  static let documentation = RuleDocumentation(
    whatItChecks: """
      `full address` or `alternate full address` whose host is not a host name or IP address: a \
      scheme (`rdp://`, `https://`), a path, a backslash, spaces, control characters, or \
      characters no host name has, such as the `%…%`, `@…@` or `{{…}}` of an unfilled template.
      """,
    whyItMatters: """
      The address must be a host name or IP address, optionally with `:port`. Anything else is \
      looked up as a name, fails to resolve, and the user sees a name-resolution error (0x104, \
      0x208) or "the computer name contains invalid characters" (0x408). A placeholder left in a \
      template means the file was distributed before it was filled in.
      """,
    example: "full address:s:rdp://ts.example.com/",
    fix:
      "Strips the scheme and the path when a host remains. Unsafe: clients then connect to the host the URL named, which they could not before."
  )

  /// Whether `host` has only characters host names use: letters (any script, for
  /// internationalised names), digits, `-`, `.` and `_`.
  static func isPlausibleHostName(_ host: String) -> Bool {
    !host.isEmpty
      && host.unicodeScalars.allSatisfy { scalar in
        if !scalar.isASCII { return !TextEscaper.needsEscape(scalar) && scalar.properties.isAlphabetic }
        return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
          || (0x61...0x7A).contains(scalar.value) || scalar == "-" || scalar == "." || scalar == "_"
      }
  }

  func check(_ context: LintContext) -> [Diagnostic] {
    context.addressLines.compactMap { line, address in
      let value = line.trimmedValue
      let hasScheme = PlainText.hasScheme(value)
      guard
        hasScheme || address.kind == .name && address.malformedTail == nil && !Self.isPlausibleHostName(address.host)
      else { return nil }
      var fix: Fix?
      if hasScheme, let range = value.firstRange(of: "://") {
        let rest = value[range.upperBound...]
        let authority = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        let host = authority.split(separator: "@").last.map(String.init) ?? authority
        let parsed = HostAddress(parsing: host)
        if parsed.isIPLiteral || Self.isPlausibleHostName(parsed.host) {
          fix = context.checkedFix(
            "Write \(TextEscaper.brief(host))", [.replaceValue(line: line.index, syntax: line.syntax, with: host)])
        }
      }
      let placeholder = ["%", "@", "{", "}", "$"].contains { address.host.contains($0) }
      let reason =
        hasScheme
        ? "is a URL, not a host name"
        : placeholder ? "looks like an unfilled template placeholder" : "has characters no host name has"
      return diagnostic(
        "\(line.key) \(context.show(value, key: line.key)) \(reason); it will not resolve",
        at: context.valueRange(line), fix: fix)
    }
  }
}
