import Foundation

@testable import RDPFile

/// The `openssl` program, run directly by the tests: to make test certificates and keys, and as
/// the independent judge of what `rdpfile sign` writes.
enum OpenSSLTestTool {
  static let path: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/bin/openssl"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var isAvailable: Bool { path != nil }

  @discardableResult
  static func run(_ arguments: [String], in folder: String, input: Data? = nil) throws -> (
    status: Int32, output: Data, errors: String
  ) {
    struct Missing: Error {}
    guard let path else { throw Missing() }
    return try runProcess(URL(fileURLWithPath: path), arguments, input: input, directory: folder)
  }

  /// Runs openssl and throws its error output when it fails.
  static func must(_ arguments: [String], in folder: String) throws {
    let result = try run(arguments, in: folder)
    guard result.status == 0 else {
      throw NSError(domain: "openssl", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.errors])
    }
  }

  /// A CA and a signing certificate issued by it, with keys, in `folder`: `ca.pem`, `ca.key`,
  /// `signer.pem`, `signer.key`; and `other.key`, a key that belongs to neither.
  static func makeSigner(in folder: String, commonName: String = "publisher.example.com", days: Int = 30) throws {
    func must(_ arguments: [String]) throws { try Self.must(arguments, in: folder) }
    try must([
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "\(days)",
      "-subj", "/CN=Test CA",
      "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign",
    ])
    try must([
      "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr", "-subj",
      "/CN=\(commonName)/O=Tests",
    ])
    try "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n".write(
      toFile: "\(folder)/ext", atomically: true, encoding: .utf8)
    try must([
      "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "signer.pem",
      "-days", "\(days)",
      "-extfile", "ext",
    ])
    try must(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.key"])
  }

  /// Server certificates for the doctor's tests, issued by a test CA (`ca.pem`) in `folder`:
  /// `good` for localhost and 127.0.0.1, `expired` (the same names, expired yesterday), `other`
  /// for other.example.com, `future` (for localhost, valid only in 2099) and `self` (self-signed
  /// for localhost); each NAME.pem with NAME.key.
  static func makeServerCertificates(in folder: String) throws {
    func must(_ arguments: [String]) throws { try Self.must(arguments, in: folder) }
    try must([
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj",
      "/CN=Doctor Test CA",
      "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign",
    ])
    for (name, subject, names, days) in [
      ("good", "localhost", "DNS:localhost,IP:127.0.0.1", "30"),
      ("expired", "localhost", "DNS:localhost,IP:127.0.0.1", "-1"),
      ("other", "other.example.com", "DNS:other.example.com", "30"),
    ] {
      try must([
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key", "-out", "\(name).csr", "-subj",
        "/CN=\(subject)",
      ])
      try "subjectAltName=\(names)\nextendedKeyUsage=serverAuth\n".write(
        toFile: "\(folder)/\(name).ext", atomically: true, encoding: .utf8)
      try must([
        "x509", "-req", "-in", "\(name).csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
        "\(name).pem", "-days", days,
        "-extfile", "\(name).ext",
      ])
    }
    try must([
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "self.key", "-out", "self.pem", "-days", "30",
      "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ])
    // `openssl x509` cannot date a certificate in the future; `openssl ca` can.
    try "".write(toFile: "\(folder)/index.txt", atomically: true, encoding: .utf8)
    try "1000\n".write(toFile: "\(folder)/serial", atomically: true, encoding: .utf8)
    try """
    [ca]
    default_ca = test
    [test]
    database = index.txt
    serial = serial
    new_certs_dir = .
    default_md = sha256
    policy = any
    copy_extensions = copy
    [any]
    commonName = supplied

    """.write(toFile: "\(folder)/ca.cnf", atomically: true, encoding: .utf8)
    try must([
      "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "future.key", "-out", "future.csr", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ])
    try must([
      "ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key", "-in", "future.csr", "-out",
      "future.pem",
      "-startdate", "20990101000000Z", "-enddate", "20991231000000Z",
    ])
  }

  /// Checks a file's signature the way the format was worked out, without any of our code: the
  /// scoped lines (trimmed) joined with CRLF, then `signscope`, CRLF and NUL, in UTF-16LE,
  /// verified with `openssl smime -verify -binary -inform DER -noverify`.
  static func independentlyVerifies(_ bytes: [UInt8], in folder: String) throws -> Bool {
    let text: String
    if bytes.starts(with: [0xFF, 0xFE]) {
      text = String(
        decoding: stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 },
        as: UTF16.self)
    } else {
      text = String(
        decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
    }
    var lineForKey: [String: String] = [:]
    for line in text.components(separatedBy: CharacterSet(charactersIn: "\r\n")) where line.contains(":") {
      lineForKey[String(line[..<line.firstIndex(of: ":")!]).lowercased()] = line.trimmingCharacters(in: .whitespaces)
    }
    guard let scope = lineForKey["signscope"], let signature = lineForKey["signature"] else { return false }
    let names = scope.dropFirst("signscope:s:".count).split(separator: ",").map { $0.lowercased() }
    let content = names.map { lineForKey[$0] ?? "" }.joined(separator: "\r\n") + "\r\n" + scope + "\r\n\u{0}"
    let blob = Data(
      base64Encoded: String(signature.dropFirst("signature:s:".count)).replacingOccurrences(of: " ", with: ""))!
    try Data(content.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(
      to: URL(fileURLWithPath: "\(folder)/independent-content.bin"))
    try blob.dropFirst(12).write(to: URL(fileURLWithPath: "\(folder)/independent-signature.der"))
    return try run(
      [
        "smime", "-verify", "-binary", "-inform", "DER", "-noverify", "-content", "independent-content.bin", "-in",
        "independent-signature.der",
        "-out", "/dev/null",
      ], in: folder
    ).status == 0
  }
}
