import RDPFile

/// `rdpfile doctor`: check a connection file against its real server, without logging in.
struct DoctorCommand: Command {
  static let name = "doctor"
  static let summary =
    "Check a file against its server (DNS, port, security negotiation, TLS certificate, gateway) without logging in."
  static let usage = "rdpfile doctor FILE [--timeout SECONDS] [--format text|json]"
  static let help = """
    Contacts the host the file names (and its gateway, when it uses one), and nothing else:
      1. resolves the name;
      2. opens a TCP connection to the port;
      3. sends the security negotiation the file would send (TLS and CredSSP/NLA as
         enablecredsspsupport says), then the other combinations, to learn what the server
         accepts and requires;
      4. when TLS is selected, starts a TLS 1.2 handshake and reads the server's certificate,
         which is sent before any key is agreed (a TLS 1.3-only server keeps it encrypted);
      5. for a gateway: resolves it, connects to its HTTPS port and reads its certificate.
    No credentials are sent and no session is started. The findings say whether the file will
    connect, what the user will see, and which change would help, with its safety.

    options:
      --timeout SECONDS    the longest any one step may wait (default 5, at most 120)
      --format text|json   output format (default text)
      --max-size BYTES     refuse files larger than this (default 16 MiB)

    exit status: 0 the file connects, 1 it will not connect, connects only after a warning, or
    the doctor could not tell, 2 the file could not be read, 64 usage error.
    """

  var path: String
  var timeout = 5.0
  var json = false
  var maxSize = FileReader.defaultLimit

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var paths: [String] = []
    while let argument = scanner.next() {
      switch argument {
      case .option("--timeout", let inline):
        let text = try scanner.value(of: "--timeout", inline: inline)
        guard let seconds = Double(text), seconds > 0, seconds <= 120 else {
          throw UsageError("--timeout takes seconds between 0 and 120, not '\(text)'")
        }
        timeout = seconds
      case .option("--format", let inline):
        json = try scanner.format(inline: inline, allowing: ["text", "json"]) == "json"
      case .option("--max-size", let inline):
        maxSize = try scanner.integer(of: "--max-size", inline: inline, in: 1...Int.max)
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let value): paths.append(value)
      }
    }
    guard paths.count == 1 else { throw UsageError("expects exactly one FILE") }
    path = paths[0]
  }

  func run(in context: CommandContext) -> ExitCode {
    guard let document = DocumentLoader(context: context, limit: maxSize).loadOrReport(path) else { return .failure }
    let network = context.probeNetwork ?? SocketNetwork(timeoutMilliseconds: Int(timeout * 1000))
    let report = ConnectionDoctor(network: network, now: SystemClock.now).examine(document)
    let renderer = DoctorRenderer(path: path)
    if json {
      context.output.line(renderer.json(report).rendered(pretty: true))
    } else {
      context.output.write(renderer.text(report))
    }
    return report.verdict == .connects ? .success : .findings
  }
}
