import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// What a command may touch outside itself: its output streams, standard input, the
/// environment, the file system seam and the host resolver. Tests build one that captures.
final class CommandContext {
  let output: OutputSink
  let errors: OutputSink
  let environment: [String: String]
  let outputIsTerminal: Bool
  let errorsIsTerminal: Bool
  /// Reads standard input, keeping at most `limit` bytes; returns them and the whole size.
  let readStandardInput: (_ limit: Int) -> (bytes: [UInt8], size: Int)
  var fileOperations: any FileOperations
  var resolver: any HostResolver
  /// The network `doctor` uses; `nil` means real sockets (tests pass scripted servers).
  var probeNetwork: (any ProbeNetwork)?

  init(
    output: OutputSink, errors: OutputSink, environment: [String: String],
    outputIsTerminal: Bool, errorsIsTerminal: Bool, readStandardInput: @escaping (Int) -> (bytes: [UInt8], size: Int),
    fileOperations: any FileOperations = PosixFileOperations(),
    resolver: any HostResolver = SystemResolver()
  ) {
    self.output = output
    self.errors = errors
    self.environment = environment
    self.outputIsTerminal = outputIsTerminal
    self.errorsIsTerminal = errorsIsTerminal
    self.readStandardInput = readStandardInput
    self.fileOperations = fileOperations
    self.resolver = resolver
  }

  /// The real process: file descriptors 0, 1 and 2 and the process environment.
  static func system() -> CommandContext {
    let environment = processEnvironment()
    let context = CommandContext(
      output: OutputSink(descriptor: 1), errors: OutputSink(descriptor: 2),
      environment: environment, outputIsTerminal: isatty(1) == 1,
      errorsIsTerminal: isatty(2) == 1, readStandardInput: { readAll(descriptor: 0, keeping: $0) })
    #if DEBUG
      // A test seam, compiled into debug builds only: a pause before each exchange, so tests
      // can interrupt a batch at a predictable moment.
      if let delay = environment["RDPFILE_TEST_RENAME_DELAY_MS"].flatMap(Int.init), delay > 0 {
        context.fileOperations = DelayedFileOperations(delayMilliseconds: delay)
      }
    #endif
    return context
  }

  /// A context that captures output, for tests.
  static func capturing(
    environment: [String: String] = [:], standardInput: [UInt8] = [],
    resolver: any HostResolver = StaticResolver(), fileOperations: any FileOperations = PosixFileOperations()
  ) -> CommandContext {
    CommandContext(
      output: OutputSink(), errors: OutputSink(), environment: environment, outputIsTerminal: false,
      errorsIsTerminal: false, readStandardInput: { (Array(standardInput.prefix($0)), standardInput.count) },
      fileOperations: fileOperations,
      resolver: resolver)
  }

  /// Prints a one-line error on standard error, prefixed with the tool's name; control
  /// characters in it (from file names or content) are escaped.
  func error(_ message: String) {
    errors.line("rdpfile: \(TextEscaper.escape(message))")
  }

  /// Whether colour is wanted on standard output: a terminal, and no `NO_COLOR`.
  var colorOutput: Bool {
    outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  private static func processEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }

  /// Standard input as bytes, refused when larger than `limit`. Reading stops one byte past
  /// the limit, so an endless input (`< /dev/zero`) ends in an error, not a hang.
  func standardInput(limit: Int) throws(FileError) -> [UInt8] {
    let (bytes, size) = readStandardInput(limit)
    guard size <= limit else { throw .tooLarge(path: "<stdin>", size: nil, limit: limit) }
    return bytes
  }

  /// Reads `descriptor` up to `limit + 1` bytes; returns at most `limit` of them and how many
  /// were read.
  private static func readAll(descriptor: Int32, keeping limit: Int) -> (bytes: [UInt8], size: Int) {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    let size = bytes.count
    if size > limit { bytes.removeLast(size - limit) }
    return (bytes, size)
  }
}
