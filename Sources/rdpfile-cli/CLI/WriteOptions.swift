import RDPFile

/// Options shared by the commands that rewrite files.
struct WriteOptions {
  var dryRun = false
  var backupSuffix: String?
  var stripSignature = false
  var maxSize = FileReader.defaultLimit

  /// Takes the argument when it is one of these options; returns whether it did.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError) -> Bool {
    switch argument {
    case .option("--dry-run", nil): dryRun = true
    case .option("--strip-signature", nil): stripSignature = true
    case .option("--backup", let inline):
      let suffix = try scanner.value(of: "--backup", inline: inline)
      guard !suffix.isEmpty, !suffix.contains("/") else { throw UsageError("--backup needs a suffix such as .bak") }
      backupSuffix = suffix
    case .option("--max-size", let inline):
      maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
    default: return false
    }
    return true
  }
}
