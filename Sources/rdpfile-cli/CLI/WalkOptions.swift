import RDPFile

/// How the commands that take folders find and read files: the walk, the parallelism and the
/// size limit (`--follow-symlinks`, `--hidden`, `--jobs`, `--max-size`).
struct WalkOptions: Sendable {
  var walker = PathWalker()
  var jobs = onlineProcessors()
  var maxSize = FileReader.defaultLimit

  /// Takes the argument when it is one of these options; returns whether it did.
  mutating func consume(_ argument: ArgumentScanner.Argument, from scanner: inout ArgumentScanner) throws(UsageError)
    -> Bool
  {
    switch argument {
    case .option("--follow-symlinks", nil): walker.followSymlinks = true
    case .option("--hidden", nil): walker.includeHidden = true
    case .option("--jobs", let inline), .option("-j", let inline):
      jobs = try scanner.integer(of: "--jobs", inline: inline, in: 1...1024)
    case .option("--max-size", let inline):
      maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
    default: return false
    }
    return true
  }

  /// The processor over these options.
  func processor(_ context: CommandContext) -> FileProcessor {
    FileProcessor(context: context, walker: walker, jobs: jobs, maxSize: maxSize)
  }
}
