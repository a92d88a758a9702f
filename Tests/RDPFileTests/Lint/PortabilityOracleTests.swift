import Foundation
import TestSupport
import Testing

@testable import RDPFile

/// Each portability rule (RDP7xx) states how FreeRDP reads a file differently. These tests run
/// FreeRDP's own parser on files where the rule fires and similar files where it does not, and
/// check that FreeRDP's reading differs in the stated way exactly when the rule fires.
@Suite(
  "Portability rules agree with the live FreeRDP oracle",
  .enabled(if: FreeRDPOracle.path != nil, Comment(rawValue: FreeRDPOracle.absenceReason)))
struct PortabilityOracleTests {
  /// One file, and whether the rule should fire on it.
  struct Case {
    var bytes: [UInt8]
    var fires: Bool

    init(_ text: String, fires: Bool) {
      bytes = Array(text.utf8)
      self.fires = fires
    }

    init(_ document: RDPDocument, fires: Bool) {
      bytes = document.serialized()
      self.fires = fires
    }

    init(bytes: [UInt8], fires: Bool) {
      self.bytes = bytes
      self.fires = fires
    }
  }

  /// FreeRDP's two readings of one file.
  struct Reading {
    var dump: [String: Any]
    var settings: [String: Any]
    var document: RDPDocument

    var setting: [String: Any] { settings["settings"] as? [String: Any] ?? [:] }
    func integer(_ key: String) -> Int? { (dump["integers"] as? [String: Any])?[key] as? Int }
    func string(_ name: String) -> String? { setting[name] as? String }
  }

  static let host = "full address:s:ts.example.com\n"
  static let mstscBody = (1...40).map { "setting\($0):i:\($0)\n" }.joined()

  func check(_ rule: String, _ cases: [Case], differs: (Reading) -> Bool) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rdpfile-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try cases.enumerated().map { index, testCase in
      let url = folder.appendingPathComponent(String(format: "case-%02d.rdp", index))
      try Data(testCase.bytes).write(to: url)
      return url
    }
    let dumps = try FreeRDPOracle.run(["--all", "dump"], files: files)
    let settings = try FreeRDPOracle.settings(for: files)
    #expect(dumps.count == cases.count && settings.count == cases.count)
    for (index, testCase) in cases.enumerated() where index < dumps.count && index < settings.count {
      let document = RDPDocument(bytes: testCase.bytes)
      let fired = !Linter(selection: RuleSelection(select: [rule])).lint(document).isEmpty
      let reading = Reading(dump: dumps[index], settings: settings[index], document: document)
      #expect(fired == testCase.fires, "\(rule) case \(index): fired \(fired), expected \(testCase.fires)")
      #expect(
        differs(reading) == fired,
        "\(rule) case \(index): FreeRDP's reading \(differs(reading) ? "differs" : "agrees") but the rule \(fired ? "fired" : "stayed quiet")"
      )
    }
  }

  @Test("RDP701: a UTF-8 BOM costs FreeRDP the first key")
  func utf8BOM() throws {
    try check(
      "RDP701",
      [
        Case(RDPDocument(text: "screen mode id:i:2\n" + Self.host, byteOrderMark: true), fires: true),
        Case(RDPDocument(text: Self.host + "screen mode id:i:2\n", byteOrderMark: true), fires: true),
        Case("screen mode id:i:2\n" + Self.host, fires: false),
        Case(
          RDPDocument(text: "screen mode id:i:2\n" + Self.host, encoding: .utf16LittleEndian, byteOrderMark: true),
          fires: false),
      ]
    ) { reading in
      // Foundation's JSON reader drops a U+FEFF inside strings, so look for the first key in
      // FreeRDP's view of known keys instead: it is missing when the BOM was glued to it.
      guard let key = reading.document.lines.first?.setting?.normalizedKey else { return false }
      let strings = reading.dump["strings"] as? [String: Any] ?? [:]
      let integers = reading.dump["integers"] as? [String: Any] ?? [:]
      return !(strings[key] is String) && !(integers[key] is Int)
    }
  }

  @Test("RDP702: one-byte lines blind or crash FreeRDP")
  func oneByteLine() throws {
    try check(
      "RDP702",
      [
        Case("#\n" + Self.host, fires: true), Case("x\n" + Self.host + Self.mstscBody, fires: true),
        Case(RDPDocument(text: ":\r\n" + Self.host, encoding: .utf16LittleEndian, byteOrderMark: true), fires: true),
        Case("##\n" + Self.host, fires: false), Case(Self.host + Self.mstscBody, fires: false),
      ]
    ) { reading in
      if reading.dump["crashed"] as? Bool == true || reading.settings["crashed"] as? Bool == true { return true }
      let strings = reading.dump["strings"] as? [String: Any] ?? [:]
      return !(strings["full address"] is String)
    }
  }

  @Test("RDP703: FreeRDP reads octal, hex and junk-suffixed integers as other numbers")
  func integers() throws {
    let values = [("010", true), ("0x10", true), ("16abc", true), ("10", false), ("+10", false), (" 10", false)]
    try check("RDP703", values.map { Case(Self.host + "desktopwidth:i:\($0.0)\n", fires: $0.1) }) { reading in
      let raw =
        reading.document.effective.lineIndices(forKey: "desktopwidth").last.flatMap {
          reading.document.lines[$0].setting?.value
        } ?? ""
      var digits = raw.trimmingCharacters(in: .whitespaces)
      if digits.hasPrefix("+") { digits.removeFirst() }
      return reading.integer("desktopwidth") != Int(digits)
    }
  }

  @Test("RDP704: FreeRDP ignores negative integers")
  func negative() throws {
    try check(
      "RDP704",
      [Case(Self.host + "desktopwidth:i:-5\n", fires: true), Case(Self.host + "desktopwidth:i:5\n", fires: false)]
    ) { $0.integer("desktopwidth") == nil }
  }

  @Test("RDP705: FreeRDP runs /-lines as command-line options")
  func slashLine() throws {
    try check(
      "RDP705",
      [
        Case(Self.host + "/v:other.example.net\n", fires: true),
        Case(Self.host + "# /v:other.example.net\n", fires: false),
      ]
    ) { $0.string("ServerHostname") != "ts.example.com" }
  }

  @Test("RDP706: FreeRDP refuses files whose address port is not 1–65535")
  func refusedPort() throws {
    let values = [
      ("ts.example.com:99999", true), ("ts.example.com:", true), ("ts.example.com:0", true), ("fe80::abcd", true),
      ("ts.example.com:3390", false), ("[2001:db8::10]:3389", false), ("2001:db8::10:3390", false),
      ("ts.example.com", false),
    ]
    try check("RDP706", values.map { Case("full address:s:\($0.0)\n", fires: $0.1) }) {
      $0.settings["populate_ok"] as? Bool == false
    }
  }

  @Test("RDP707: FreeRDP splits IPv6 without a port at the last colon")
  func ipv6WithoutPort() throws {
    let values = [("[2001:db8::10]", true), ("fe80::1", true), ("[2001:db8::10]:3389", false), ("192.0.2.1", false)]
    try check("RDP707", values.map { Case("full address:s:\($0.0)\n", fires: $0.1) }) { reading in
      let connection = reading.document.effective.connection
      let theirs = reading.string("ServerHostname")?.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
      return theirs != connection.host || reading.setting["ServerPort"] as? Int != connection.port
    }
  }

  @Test("RDP708: FreeRDP ignores domain when username is set")
  func domainIgnored() throws {
    try check(
      "RDP708",
      [
        Case(Self.host + "username:s:alice\ndomain:s:CORP\n", fires: true),
        Case(Self.host + "domain:s:CORP\nusername:s:bob\n", fires: true),
        Case(Self.host + "username:s:CORP\\alice\n", fires: false), Case(Self.host + "domain:s:CORP\n", fires: false),
      ]
    ) { reading in
      (reading.string("Domain") ?? "") != (reading.document.effective.connection.domain ?? "")
    }
  }

  @Test("RDP709: FreeRDP reads nothing from UTF-16BE or BOM-less UTF-16, and stops at NUL")
  func unreadable() throws {
    let text = Self.host + "username:s:alice\n"
    try check(
      "RDP709",
      [
        Case(RDPDocument(text: text, encoding: .utf16BigEndian, byteOrderMark: true), fires: true),
        Case(RDPDocument(text: text, encoding: .utf16LittleEndian), fires: true),
        Case(bytes: Array(Self.host.utf8) + [0] + Array("username:s:alice\n".utf8), fires: true),
        Case(RDPDocument(text: text, encoding: .utf16LittleEndian, byteOrderMark: true), fires: false),
        Case(text, fires: false),
      ]
    ) { reading in
      (reading.dump["lines"] as? [Any] ?? []).count < reading.document.settings.count
    }
  }
}
