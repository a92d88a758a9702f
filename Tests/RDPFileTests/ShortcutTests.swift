import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// The speed work reads documents through shortcuts (catalogue entries resolved once, records
/// and raw code units instead of built lines, ASCII columns as offsets). Each shortcut is
/// checked here against the long way it replaces, on every corpus file and on generated text.
@Suite("Shortcuts agree with the long way")
struct ShortcutTests {
  /// Every corpus document: the project's `Corpus/` and, when present, the shared real-world one.
  static func corpusDocuments() throws -> [(name: String, document: RDPDocument)] {
    var files = TestPaths.rdpFiles(in: TestPaths.corpus)
    if TestPaths.hasSharedCorpus { files += TestPaths.rdpFiles(in: TestPaths.sharedCorpus) }
    return try files.map { ($0.lastPathComponent, RDPDocument(bytes: try TestPaths.bytes($0))) }
  }

  /// The keys the code names by catalogue entry, with their names.
  static let ids: [(PropertyCatalogue.ID, String)] = [
    (.fullAddress, "full address"), (.alternateFullAddress, "alternate full address"), (.serverPort, "server port"),
    (.username, "username"), (.domain, "domain"), (.password, "password"), (.password51, "password 51"),
    (.enableCredSSPSupport, "enablecredsspsupport"), (.negotiateSecurityLayer, "negotiate security layer"),
    (.authenticationLevel, "authentication level"), (.promptCredentialOnce, "promptcredentialonce"),
    (.enableRDSAADAuth, "enablerdsaadauth"), (.targetIsAADJoined, "targetisaadjoined"),
    (.connectionType, "connection type"), (.gatewayHostname, "gatewayhostname"),
    (.gatewayUsageMethod, "gatewayusagemethod"), (.gatewayCredentialsSource, "gatewaycredentialssource"),
    (.gatewayProfileUsageMethod, "gatewayprofileusagemethod"), (.rdgIsKDCProxy, "rdgiskdcproxy"),
    (.remoteApplicationMode, "remoteapplicationmode"), (.remoteApplicationName, "remoteapplicationname"),
    (.remoteApplicationProgram, "remoteapplicationprogram"), (.remoteApplicationCmdLine, "remoteapplicationcmdline"),
    (.remoteApplicationFile, "remoteapplicationfile"), (.alternateShell, "alternate shell"),
    (.shellWorkingDirectory, "shell working directory"), (.redirectDrives, "redirectdrives"),
    (.redirectPrinters, "redirectprinters"), (.audioCaptureMode, "audiocapturemode"), (.signScope, "signscope"),
    (.signature, "signature"),
  ]

  @Test("a key looked up by catalogue entry gives the lines a lookup by name gives")
  func idsMatchNames() throws {
    let documents = try Self.corpusDocuments()
    #expect(documents.count > 40)
    var found = 0
    for (id, name) in Self.ids {
      #expect(id.index == PropertyCatalogue.index(of: name), "\(name)")
      for (file, document) in documents {
        let settings = document.effective
        #expect(settings.lines(id).map(\.index) == settings.lines(forKey: name).map(\.index), "\(file) \(name)")
        #expect(settings.lastLine(id)?.index == settings.lastLine(forKey: name)?.index, "\(file) \(name)")
        #expect(settings.effectiveLine(id)?.index == settings.effectiveLine(forKey: name)?.index, "\(file) \(name)")
        #expect(settings.string(id) == settings.string(name), "\(file) \(name)")
        #expect(settings.integer(id) == settings.integer(name), "\(file) \(name)")
        #expect(settings.contains(id) == settings.contains(name), "\(file) \(name)")
        if settings.contains(id) { found += 1 }
      }
    }
    // The comparison means something only if the corpus holds these keys.
    #expect(found > 200)
  }

  @Test("setting records read from raw bytes match the lines built one by one")
  func recordsMatchLines() throws {
    for (file, document) in try Self.corpusDocuments() {
      let settings = document.effective.settingLines
      let built = document.lines.indices.compactMap { index -> (Int, SettingSyntax)? in
        document.lines[index].syntax.map { (index, $0) }
      }
      #expect(settings.map(\.index) == built.map(\.0), "\(file)")
      for (line, (index, syntax)) in zip(settings, built) {
        let full = document.lines[index]
        #expect(line.syntax == syntax, "\(file):\(index + 1)")
        #expect(line.propertyIndex == (PropertyCatalogue.table.index(in: full, range: syntax.keyRange) ?? -1))
        let integer = syntax.type == .integer ? IntegerValue(line: full, range: syntax.valueRange) : nil
        if let integer { #expect(line.integer == integer, "\(file):\(index + 1)") }
        #expect(line.normalizedKey == PlainText.asciiLowercased(full.setting!.key), "\(file):\(index + 1)")
      }
    }
  }

  @Test("the line classes found in one pass over raw units are those the built lines show")
  func lineClassesMatchLines() throws {
    for (file, document) in try Self.corpusDocuments() {
      let settings = document.effective.settingLines
      let classes = LineClasses(document: document, settings: settings, longValue: OversizedFile.valueLimit)
      let lines = Array(document.lines)
      let size = document.encoding.encoding.codeUnitSize
      func units(_ line: Line) -> [UInt16] { Array(CodeUnitView(line.content, encoding: line.encoding)) }
      #expect(
        classes.unparsedLines == lines.indices.filter { if case .unparsed = lines[$0].kind { true } else { false } })
      #expect(classes.nonASCIILines == lines.indices.filter { !lines[$0].isPlainASCII }, "\(file)")
      #expect(classes.slashLines == lines.indices.filter { units(lines[$0]).first == 0x2F }, "\(file)")
      #expect(
        classes.oneUnitLines
          == lines.indices.filter { lines[$0].content.count == size || lines[$0].content.count == 1 },
        "\(file)")
      let padded = settings.indices.filter { position in
        let line = settings[position]
        let all = units(lines[line.index])
        func isPadded(_ range: Range<Int>) -> Bool {
          guard let first = all[range].first, let last = all[range].last else { return false }
          return [0x20, 0x09].contains(first) || [0x20, 0x09].contains(last)
        }
        return isPadded(line.syntax.keyRange) || isPadded(line.syntax.valueRange)
      }
      #expect(classes.padded == padded, "\(file)")
    }
  }

  @Test("columns of ASCII lines, taken as offsets, are the columns counted in characters")
  func asciiColumns() throws {
    var checked = 0
    for (file, document) in try Self.corpusDocuments() {
      let context = LintContext(document: document)
      for line in context.settingLines {
        let full = document.lines[line.index]
        for units in [line.syntax.keyRange, line.syntax.valueRange, 0..<full.codeUnitCount] {
          let start = full.text(codeUnits: 0..<units.lowerBound).unicodeScalars.count + 1
          let end = start + full.text(codeUnits: units).unicodeScalars.count
          let range = context.range(line: line.index, codeUnits: units)
          #expect(range == SourceRange(line: line.index + 1, startColumn: start, endColumn: end), "\(file)")
          checked += 1
        }
      }
    }
    #expect(checked > 1000)
  }

  @Test("ASCII content copied as bytes is its text, in UTF-8 and both UTF-16 byte orders")
  func asciiBytes() {
    let text = "full address:s:host.example.com:3390\r\n\tpadded :i: 1 \n/v:x\n"
    for encoding in [TextEncoding.utf8, .utf16LittleEndian, .utf16BigEndian] {
      let document = RDPDocument(text: text, encoding: encoding, byteOrderMark: encoding != .utf8)
      for line in document.lines {
        var bytes: [UInt8] = [7]
        CodeUnitView.appendASCII(line.content, encoding: encoding, to: &bytes)
        #expect(bytes == [7] + Array(line.text.utf8), "\(encoding) \(line.text)")
      }
    }
  }

  @Test("a key's secrecy read from its code units is what its text gives")
  func secretKeys() {
    let names =
      PropertyCatalogue.normalizedNames + [
        "Password", "GatewayPassWord", "mytoken", "passwordx", "colordepthid", " MyToken ", "\tPasswordHint",
        "notapasswordx", "tok", "token", "oken", "assword", " full address", "username\t", "pässword",
      ]
    for encoding in [TextEncoding.utf8, .utf16LittleEndian, .utf16BigEndian] {
      for name in names {
        let key = name.uppercased() == name ? name.lowercased() : name.uppercased()
        let line = RDPDocument(text: "\(key):s:x\n", encoding: encoding).lines[0]
        let range = line.syntax!.keyRange
        #expect(SecretPolicy.isSecret(keyIn: line, range: range) == SecretPolicy.isSecret(key: key), "\(key)")
      }
    }
    #expect(SecretPolicy.isSecret(keyIn: RDPDocument(text: "PASSWORD 51:b:00\n").lines[0], range: 0..<11))
    #expect(SecretPolicy.isSecret(keyIn: RDPDocument(text: " MyToken :s:x\n").lines[0], range: 0..<9))
    #expect(!SecretPolicy.isSecret(keyIn: RDPDocument(text: "notapasswordx:s:x\n").lines[0], range: 0..<13))
  }

  @Test("signscope is split at every comma byte, also one a combining mark follows")
  func scopeCommas() {
    // As one Swift character, a comma with a combining acute accent is not ",": a split by
    // characters kept the two names together. Clients split the text at the comma itself.
    #expect(SignScope(value: "Full Address,\u{301}Server Port").names == ["Full Address", "\u{301}Server Port"])
    #expect(SignScope(value: " Full Address ,, Username,").names == ["Full Address", "", "Username", ""])
  }
}
