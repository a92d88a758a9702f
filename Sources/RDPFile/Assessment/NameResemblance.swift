/// Names that imitate others: look-alike letters from other scripts, punycode that shows such
/// letters, digits for letters (`micros0ft`, `rnicrosoft`), and near-copies of the
/// organisation's own domains. Checks are on the name alone; nothing is looked up.
enum NameResemblance {
  /// Names phishing files imitate most, compared by skeleton (see ``skeleton(_:)``).
  static let brands = [
    "microsoft", "windows", "azure", "office", "office365", "outlook", "onedrive", "sharepoint", "teams", "live",
    "citrix", "vmware", "google", "amazon", "apple", "okta", "zoom", "cisco", "github", "paypal", "adobe",
    "dropbox", "docusign", "fortinet", "cloudflare", "remotedesktop", "rdweb", "avd",
  ]

  /// Letters of other scripts that look like Latin ones, and the Latin letter each passes for.
  static let confusables: [Character: Character] = [
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h",
    "ο": "o", "α": "a", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "ε": "e", "υ": "u", "χ": "x",
    "ɡ": "g", "ı": "i", "ȷ": "j", "ɑ": "a", "ꞵ": "b",
  ]

  /// Why `host` (outside the organisation, or not plain ASCII) may imitate another name;
  /// `nil` when nothing suggests it.
  static func lookAlike(host: String, policy: TriagePolicy) -> String? {
    let lowered = host.lowercased()
    var labels: [String] = []
    for label in lowered.split(separator: ".") {
      guard label.hasPrefix("xn--") else {
        labels.append(String(label))
        continue
      }
      guard let decoded = Punycode.decode(label.dropFirst(4)) else {
        return "'\(TextEscaper.brief(String(label)))' is not valid punycode"
      }
      if let reason = letters(in: decoded) {
        return "'\(label)' is punycode for '\(TextEscaper.brief(decoded))', \(reason)"
      }
      labels.append(decoded)
    }
    for label in labels where !label.allSatisfy(\.isASCII) {
      if let reason = letters(in: label) { return "'\(TextEscaper.brief(label))' \(reason)" }
    }
    let targets = brands + policy.allowedDomains.compactMap { $0.split(separator: ".").first.map(String.init) }
    for label in labels {
      for part in ([label] + label.split(separator: "-").map(String.init)) where part.count >= 3 {
        let shape = skeleton(part)
        if let target = targets.first(where: { skeleton($0) == shape && $0 != part }) {
          return "'\(TextEscaper.brief(part))' imitates '\(target)'"
        }
      }
    }
    for domain in policy.allowedDomains {
      let count = domain.split(separator: ".").count
      guard labels.count >= count else { continue }
      let candidate = labels.suffix(count).joined(separator: ".")
      guard candidate != domain else { continue }
      let distance = EditDistance.between(
        candidate.unicodeScalars.map(\.value), domain.unicodeScalars.map(\.value), limit: 2)
      if distance <= (domain.count >= 8 ? 2 : 1) {
        return "'\(candidate)' is \(distance == 1 ? "one letter" : "two letters") away from '\(domain)'"
      }
      if let name = domain.split(separator: ".").first, name.count >= 4,
        labels.contains(where: { $0 == name || $0.split(separator: "-").contains(name) })
      {
        return "it uses the organisation's name '\(name)' outside \(domain)"
      }
    }
    // `microsoft.com.example.net`: a well-known domain written in front of another one.
    for (index, label) in labels.enumerated().dropLast(2) where brands.contains(label) {
      if ["com", "net", "org", "cloud", "us"].contains(labels[index + 1]) {
        return
          "it starts with '\(label).\(labels[index + 1])' but belongs to '\(labels.suffix(2).joined(separator: "."))'"
      }
    }
    return nil
  }

  /// Whether the organisation's name appears, exactly or by skeleton, in a publisher's name
  /// (`Contoso Security` for `contoso.com`); the domain it resembles, when it does.
  static func organisation(resembledBy name: String, policy: TriagePolicy) -> String? {
    let words = skeleton(
      name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.reduce(into: "") { $0.append($1) })
    let joined = words.replacing(" ", with: "")
    for domain in policy.allowedDomains {
      guard let label = domain.split(separator: ".").first, label.count >= 4 else { continue }
      if joined.contains(skeleton(String(label))) { return domain }
    }
    return nil
  }

  /// What is wrong with the letters of `label`: another script's look-alikes of Latin letters,
  /// or scripts mixed within one label.
  private static func letters(in label: String) -> String? {
    if let look = label.first(where: { confusables[$0] != nil }) {
      let scalar = look.unicodeScalars.first!
      let code = String(scalar.value, radix: 16, uppercase: true)
      return
        "has the \(script(of: scalar) ?? "non-Latin") letter '\(look)' (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)), which looks like Latin '\(confusables[look]!)'"
    }
    let scripts = Set(label.unicodeScalars.filter(\.properties.isAlphabetic).map { script(of: $0) ?? "Latin" })
    if scripts.count > 1 { return "mixes \(scripts.sorted().joined(separator: " and ")) letters" }
    return nil
  }

  /// The script of a letter, for the scripts look-alikes come from; `nil` for Latin and others.
  private static func script(of scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x0370...0x03FF, 0x1F00...0x1FFF: "Greek"
    case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: "Cyrillic"
    case 0x0530...0x058F: "Armenian"
    case 0x13A0...0x13FF: "Cherokee"
    case 0x0000...0x024F, 0x1E00...0x1EFF, 0xA720...0xA7FF: nil
    default: "non-Latin"
    }
  }

  /// `text` as it looks rather than as it is spelled: other scripts' look-alikes become Latin,
  /// digits the letters they pass for, `rn` becomes `m`, `vv` `w`, and `i`, `l`, `1` one letter.
  static func skeleton(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
      let latin = confusables[character] ?? character
      switch latin {
      case "0": result.append("o")
      case "1", "i", "l", "|": result.append("l")
      case "3": result.append("e")
      case "4", "@": result.append("a")
      case "5", "$": result.append("s")
      case "7": result.append("t")
      case "8": result.append("b")
      default: result.append(latin)
      }
    }
    return result.replacing("rn", with: "m").replacing("vv", with: "w")
  }
}
