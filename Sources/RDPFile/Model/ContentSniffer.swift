/// Tells whether bytes look like a connection file at all, so that an image or a program that
/// happens to be named `.rdp` is reported and never rewritten.
package enum ContentSniffer {
  /// Signatures of common binary formats: PNG, GIF, JPEG, ELF, ZIP (Office files too), PDF,
  /// gzip, Windows executables.
  static let magicNumbers: [(String, [UInt8])] = [
    ("a PNG image", [0x89, 0x50, 0x4E, 0x47]), ("a GIF image", [0x47, 0x49, 0x46, 0x38]),
    ("a JPEG image", [0xFF, 0xD8, 0xFF]), ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
    ("a ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("a PDF document", [0x25, 0x50, 0x44, 0x46]),
    ("a gzip archive", [0x1F, 0x8B]), ("a Windows executable", [0x4D, 0x5A]),
  ]

  /// What the content looks like when it is not text, ready to follow "looks like": a known
  /// format with its article ("a PNG image"), or "binary data" when more than 5% of it is control characters or undecodable bytes.
  /// `nil` for text.
  package static func binaryKind(of document: RDPDocument) -> String? {
    verdict(of: document)?.kind
  }

  /// What the content looks like when it is not text, and whether that is certain: a known
  /// file signature, or NUL bytes and undecodable bytes making up more than 5% of it. Text
  /// full of escape sequences is binary by the 5% rule but not certainly so: it is still a
  /// file a client may open (a hostile one), so it is still checked line by line.
  static func verdict(of document: RDPDocument) -> (kind: String, certain: Bool)? {
    let bytes = document.encoding.hasByteOrderMark ? [] : Array(document.lines.first?.content.prefix(8) ?? [])
    for (name, magic) in magicNumbers where bytes.starts(with: magic) {
      return (name, true)
    }
    var suspicious = 0
    var undecodable = 0
    var total = 0
    let lines = document.lines
    let unitSize = document.encoding.encoding.codeUnitSize
    for index in lines.indices {
      guard !lines.isPlainASCII(index) else {
        total += lines.contentCount(index) / unitSize
        continue
      }
      let text = lines[index].text
      for scalar in text.unicodeScalars {
        total += 1
        if scalar == "\u{FFFD}" || scalar == "\u{0}" { undecodable += 1 }
        if scalar == "\u{FFFD}" || (TextEscaper.needsEscape(scalar) && scalar != "\t") { suspicious += 1 }
      }
    }
    guard total > 0, suspicious * 20 > total else { return nil }
    return ("binary data", undecodable * 20 > total)
  }
}
