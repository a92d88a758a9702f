#if !FUZZ_BUILD  // the fuzzer compiles this file into the library module itself
  @testable import RDPFile
#endif

extension SelfCheck {
  /// A server that answers with the fuzzer's bytes: as the TLS handshake after a confirm that
  /// selects TLS when they start like a TLS record, else as the answer to the negotiation.
  struct EchoNetwork: ProbeNetwork {
    let bytes: [UInt8]

    func resolve(_ host: String) -> Result<[String], ProbeError> { .success(["192.0.2.1"]) }

    func connect(to address: String, port: Int) -> Result<ProbeConnected, ProbeError> {
      .success(ProbeConnected(connection: EchoConnection(bytes: bytes), milliseconds: 0))
    }
  }

  /// One connection to an ``EchoNetwork`` server.
  final class EchoConnection: ProbeConnection {
    private var pending: [UInt8] = []
    private let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func send(_ request: [UInt8]) throws(ProbeError) {
      if request.first == 0x03 {
        pending = bytes.first == 0x16 ? X224.confirm(selecting: .tls) : bytes
      } else {
        pending = bytes.first == 0x16 ? bytes : []
      }
    }

    func receive(maximum: Int) throws(ProbeError) -> [UInt8] {
      let chunk = Array(pending.prefix(min(maximum, 97)))
      pending.removeFirst(chunk.count)
      return chunk
    }

    func close() {}
  }

  /// The promises the doctor keeps whatever a server answers: a report, a verdict, and output
  /// with nothing unescaped.
  static func doctorViolations(of bytes: [UInt8]) -> [String] {
    let document = RDPDocument(
      text: "full address:s:ts.example.com\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:2\n")
    let report = ConnectionDoctor(
      network: EchoNetwork(bytes: bytes), now: CertificateTime(secondsSince1970: 1_800_000_000),
      random: { [UInt8](repeating: 0, count: 32) }
    )
    .examine(document)
    var found: [String] = []
    if report.summary.isEmpty { found.append("the doctor gave no summary") }
    let renderer = DoctorRenderer(path: "input.rdp")
    for (name, output) in [("doctor text", renderer.text(report)), ("doctor JSON", renderer.json(report).rendered())] {
      if let scalar = output.unicodeScalars.first(where: { $0 != "\n" && TextEscaper.needsEscape($0) }) {
        found.append("unescaped U+\(String(scalar.value, radix: 16, uppercase: true)) in \(name) output")
      }
    }
    return found
  }
}
