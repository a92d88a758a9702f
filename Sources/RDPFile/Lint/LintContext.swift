/// Everything the rules look at, computed once per document: decoded setting lines, a key
/// index, the effective view and the connection.
public struct LintContext: Sendable {
  /// The document.
  public let document: RDPDocument
  /// The effective view, which holds the decoded setting lines.
  public let effective: EffectiveSettings
  /// The resolved connection.
  public let connection: Connection
  /// The non-empty `full address` and `alternate full address` lines, parsed.
  let addressLines: [(line: SettingLine, address: HostAddress)]
  /// The non-empty `gatewayhostname` line, parsed.
  let gatewayLine: (line: SettingLine, address: HostAddress)?
  /// The lines particular rules look at.
  let classes: LineClasses
  /// What checks signatures, when the caller has one (see ``Linter/signatureVerifier``).
  public var signatureVerifier: (any SignatureVerifier)?
  /// The most findings one rule collects (see ``Linter/findingsPerRule``).
  var findingLimit = Linter.findingsPerRule
  /// The time certificates are judged at (see ``Linter/init(selection:signatureVerifier:now:policy:)``).
  var now: CertificateTime?
  /// The signature, inspected and (with a verifier) checked once for all signing rules.
  var signature: SignatureInspection?
  /// Checks fixes labelled safe against the client models, within the document's budget; it
  /// also holds the models' views (``connections``).
  let safety: FixSafety
  /// Who signed the file, judged against the policy, when publishers are judged.
  var publisher: Publisher?
  /// What the organisation counts as its own (see ``Linter/init(selection:signatureVerifier:now:policy:)``).
  var policy = TriagePolicy()

  /// Decodes a document for linting.
  public init(document: RDPDocument) {
    self.document = document
    effective = document.effective
    connection = effective.connection
    addressLines = [PropertyCatalogue.ID.fullAddress, .alternateFullAddress].compactMap { [effective] id in
      guard let line = effective.effectiveLine(id), !line.valueIsBlank else { return nil }
      return (line, HostAddress(parsing: line.value))
    }
    if let line = effective.effectiveLine(.gatewayHostname), !line.valueIsBlank {
      gatewayLine = (line, HostAddress(parsing: line.value))
    } else {
      gatewayLine = nil
    }
    classes = LineClasses(document: document, settings: effective.settingLines, longValue: OversizedFile.valueLimit)
    safety = FixSafety(effective: effective, connection: connection)
  }

  /// The setting lines at `positions`.
  func settingLines(at positions: [Int]) -> [SettingLine] {
    let lines = effective.settingLines
    return positions.map { lines[$0] }
  }

  /// Runs `check` over the setting lines at `positions`, collecting its findings until there
  /// are more than a rule reports per file (``findingLimit``); the linter says that some were
  /// left out. A file of a million bad lines costs a bounded number of messages.
  func findings(atSettings positions: some Sequence<Int>, _ check: (SettingLine) -> Diagnostic?) -> [Diagnostic] {
    let lines = effective.settingLines
    var result: [Diagnostic] = []
    for position in positions {
      guard let diagnostic = check(lines[position]) else { continue }
      result.append(diagnostic)
      if result.count > findingLimit { break }
    }
    return result
  }

  /// Runs `check` over document line indices, with the same limit.
  func findings(atLines indices: some Sequence<Int>, _ check: (Int) -> Diagnostic?) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for index in indices {
      guard let diagnostic = check(index) else { continue }
      result.append(diagnostic)
      if result.count > findingLimit { break }
    }
    return result
  }

  /// The setting lines in file order.
  public var settingLines: SettingLineList { effective.settingLines }

  /// Every setting line of `key` (matched case-insensitively), in file order.
  public func lines(forKey key: String) -> [SettingLine] { effective.lines(forKey: key) }

  /// The last setting line of `key`, whatever its type or value.
  public func lastLine(forKey key: String) -> SettingLine? { effective.lastLine(forKey: key) }

  /// The setting line that decides `key` (see ``EffectiveSettings``).
  public func effectiveLine(forKey key: String) -> SettingLine? { effective.effectiveLine(forKey: key) }

  /// The effective integer of `key`.
  public func integer(_ key: String) -> Int? { effectiveLine(forKey: key)?.integer.value }

  /// Every setting line of the catalogue entry `id`, in file order.
  func lines(_ id: PropertyCatalogue.ID) -> [SettingLine] { effective.lines(id) }

  /// The last setting line of the catalogue entry `id`, whatever its type or value.
  func lastLine(_ id: PropertyCatalogue.ID) -> SettingLine? { effective.lastLine(id) }

  /// The setting line that decides the catalogue entry `id`.
  func effectiveLine(_ id: PropertyCatalogue.ID) -> SettingLine? { effective.effectiveLine(id) }

  /// The effective integer of the catalogue entry `id`.
  func integer(_ id: PropertyCatalogue.ID) -> Int? { effectiveLine(id)?.integer.value }

  /// Whether the file is signed (`signscope` or `signature` present).
  public var isSigned: Bool { SignatureGuard.isSigned(effective) }

  // MARK: Ranges

  /// The range of code units `units` of line `index`.
  public func range(line index: Int, codeUnits units: Range<Int>) -> SourceRange {
    let lines = document.lines
    // Printable ASCII has one character per code unit: columns are offsets.
    if lines.isPlainASCII(index) {
      return SourceRange(line: index + 1, startColumn: units.lowerBound + 1, endColumn: units.upperBound + 1)
    }
    let line = lines[index]
    let start = Self.column(of: units.lowerBound, in: line)
    let end = start + line.text(codeUnits: units).unicodeScalars.count
    return SourceRange(line: index + 1, startColumn: start, endColumn: end)
  }

  /// The whole content of line `index`.
  public func range(line index: Int) -> SourceRange {
    range(line: index, codeUnits: 0..<document.lines[index].codeUnitCount)
  }

  /// The key of a setting line.
  public func keyRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index, codeUnits: line.syntax.keyRange)
  }

  /// The value of a setting line (its start when the value is empty).
  public func valueRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index, codeUnits: line.syntax.valueRange)
  }

  /// The whole setting line.
  public func lineRange(_ line: SettingLine) -> SourceRange {
    range(line: line.index)
  }

  /// A position just after the last line, for findings about something missing.
  public var endOfDocument: SourceRange {
    guard let last = document.lines.indices.last else { return SourceRange(line: 1, startColumn: 1, endColumn: 1) }
    let column = document.lines[last].text.unicodeScalars.count + 1
    return SourceRange(line: last + 1, startColumn: column, endColumn: column)
  }

  /// The 1-based column of code unit `offset` in `line`.
  static func column(of offset: Int, in line: Line) -> Int {
    offset == 0 || line.isPlainASCII ? offset + 1 : line.text(codeUnits: 0..<offset).unicodeScalars.count + 1
  }

  // MARK: Fixes

  /// A fix that is safe only if it leaves what every modelled client connects with as it is
  /// (checked here, with the client models): otherwise unsafe, its title saying what changes.
  /// For fixes whose effect depends on the file.
  func checkedFix(_ title: String, _ edits: [Edit]) -> Fix {
    if let change = safety.change(of: edits) {
      return Fix(title: "\(title) (unsafe: \(change))", applicability: .unsafe, edits: edits)
    }
    return Fix(title: title, applicability: .safe, edits: edits)
  }

  // MARK: Text for messages

  /// A value as it may appear in a message: escaped, shortened, and masked for secret keys.
  public func show(_ value: String, key: String) -> String {
    if SecretPolicy.isSecret(key: key) { return "(secret value)" }
    return "'\(TextEscaper.brief(value))'"
  }

  /// A key as it may appear in a message.
  public func show(key: String) -> String { "'\(TextEscaper.brief(key))'" }
}
