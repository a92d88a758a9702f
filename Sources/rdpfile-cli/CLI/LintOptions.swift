import RDPFile

/// The rule-selection options `lint` and `fix` share.
enum LintOptions {
  /// Takes `--select`, `--ignore` and `--min-severity`; returns whether the argument was one.
  static func consume(
    _ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner, selection: inout RuleSelection
  ) throws(UsageError) -> Bool {
    switch argument {
    case .option("--select", let inline):
      selection.select += try patterns(scanner.value(of: "--select", inline: inline), option: "--select")
    case .option("--ignore", let inline):
      selection.ignore += try patterns(scanner.value(of: "--ignore", inline: inline), option: "--ignore")
    case .option("--min-severity", let inline):
      let value = try scanner.value(of: "--min-severity", inline: inline)
      guard let severity = Severity(rawValue: value) else {
        throw UsageError("--min-severity takes info, warning or error, not '\(value)'")
      }
      selection.minimumSeverity = severity
    default:
      return false
    }
    return true
  }

  private static func patterns(_ text: String, option: String) throws(UsageError) -> [String] {
    let list = text.split(separator: ",").map { PlainText.trimmed(String($0)) }.filter { !$0.isEmpty }
    let unknown = RuleSelection(select: list).unknownPatterns(in: RuleRegistry.infos)
    guard unknown.isEmpty else {
      throw UsageError(
        "\(option): no rule matches \(unknown.map { "'\($0)'" }.joined(separator: ", ")) (see 'rdpfile rules')")
    }
    return list
  }
}
