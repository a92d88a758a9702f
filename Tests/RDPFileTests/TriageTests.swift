import Foundation
import Testing

@testable import RDPFile

/// The pieces a triage is built from: names, addresses, publishers' names, and the report of
/// the library (the command, with the real openssl, is tested in the CLI tests).
@Suite("Triage")
struct TriageTests {
  static let contoso = TriagePolicy(allowedDomains: ["contoso.example"])

  @Test("punycode: decoded and encoded as RFC 3492 and Python's idna codec give them")
  func punycode() {
    #expect(Punycode.decode("80ak6aa92e") == "\u{0430}\u{0440}\u{0440}\u{04CF}\u{0435}")
    #expect(Punycode.decode("mnchen-3ya") == "münchen")
    #expect(Punycode.decode("ntoso-iyeu") == "\u{0441}\u{043E}ntoso")
    #expect(Punycode.decode("zz!!") == nil)
    #expect(Punycode.encode(host: "rdp.\u{0441}\u{043E}ntoso.example") == "rdp.xn--ntoso-iyeu.example")
    #expect(Punycode.encode(host: "MÜNCHEN.example") == "xn--mnchen-3ya.example")
    #expect(Punycode.encode(host: "ts01.contoso.example") == "ts01.contoso.example")
  }

  @Test(
    "where a host is: private, loopback, link-local and shared addresses are inside; allowed domains cover subdomains")
  func places() {
    let inside = [
      "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.9.9", "100.64.0.1", "::1",
      "fe80::1", "[fd00::5]", "::ffff:10.0.0.1", "[fe80::1%eth0]",
    ]
    for host in inside { #expect(HostAssessment(host, policy: Self.contoso).place == .privateAddress, "\(host)") }
    for host in ["172.32.0.1", "8.8.8.8", "203.0.113.5", "2001:db8::1", "[2001:db8::1]", "::ffff:8.8.8.8"] {
      #expect(HostAssessment(host, policy: Self.contoso).place == .publicAddress, "\(host)")
    }
    #expect(HostAssessment("ts01.contoso.example", policy: Self.contoso).place == .organisation)
    #expect(HostAssessment("CONTOSO.EXAMPLE.", policy: Self.contoso).place == .organisation)
    #expect(HostAssessment("contoso.example.evil.example", policy: Self.contoso).place == .outside)
    #expect(HostAssessment("notcontoso.example", policy: Self.contoso).place == .outside)
    #expect(HostAssessment("TS01", policy: Self.contoso).place == .localName)
    #expect(
      HostAssessment("ts01.contoso.example", policy: TriagePolicy()).place == .outside,
      "without --allow-domain no name is the organisation's")
    #expect(TriagePolicy(allowedDomains: ["*.Contoso.Example."]).allowedDomains == ["contoso.example"])
  }

  @Test(
    "look-alike names: other scripts, punycode, digits for letters, near-copies of allowed domains; ordinary names pass"
  )
  func lookAlikes() throws {
    func lookAlike(_ host: String, _ policy: TriagePolicy = TriagePolicy()) -> String? {
      HostAssessment(host, policy: policy).lookAlike
    }
    #expect(
      try #require(lookAlike("rdp.\u{0441}\u{043E}ntoso.example")).contains(
        "Cyrillic letter '\u{0441}' (U+0441), which looks like Latin 'c'"))
    #expect(try #require(lookAlike("xn--80ak6aa92e.example")).contains("is punycode for"))
    #expect(try #require(lookAlike("p\u{03B1}ypal.example")).contains("Greek letter"))
    #expect(try #require(lookAlike("login.rnicrosoft.example")).contains("imitates 'microsoft'"))
    #expect(try #require(lookAlike("micros0ft-login.example")).contains("'micros0ft' imitates 'microsoft'"))
    #expect(
      try #require(lookAlike("microsoft.com.evil.example")).contains(
        "starts with 'microsoft.com' but belongs to 'evil.example'"))
    #expect(try #require(lookAlike("rdp.c0ntoso.example", Self.contoso)).contains("imitates 'contoso'"))
    #expect(
      try #require(lookAlike("gw.contoso.examp1e", Self.contoso)).contains("one letter away from 'contoso.example'"))
    #expect(
      try #require(lookAlike("contoso-login.example", Self.contoso)).contains("uses the organisation's name 'contoso'"))
    #expect(lookAlike("xn--mnchen-3ya.example") == nil, "an ordinary internationalised name is not a look-alike")
    for host in [
      "rdp.partner.example", "microsoft.com", "outlook.office365.com", "ts01.contoso.example", "203.0.113.5",
      "gw.fabrikam.example",
    ] {
      #expect(lookAlike(host, Self.contoso) == nil, "\(host)")
    }
  }

  @Test("a publisher's name resembles the organisation by its name or a look-alike of it")
  func publisherNames() {
    #expect(NameResemblance.organisation(resembledBy: "Contoso Security", policy: Self.contoso) == "contoso.example")
    #expect(NameResemblance.organisation(resembledBy: "C0NTOSO Ltd", policy: Self.contoso) == "contoso.example")
    #expect(NameResemblance.organisation(resembledBy: "Fabrikam Inc", policy: Self.contoso) == nil)
    #expect(NameResemblance.organisation(resembledBy: "Contoso Security", policy: TriagePolicy()) == nil)
  }

  @Test("thumbprints and domains as the options take them")
  func optionForms() {
    let hex = String(repeating: "Ab", count: 32)
    #expect(TriagePolicy.isThumbprint(hex))
    #expect(TriagePolicy.isThumbprint(stride(from: 0, to: 64, by: 2).map { _ in "AB" }.joined(separator: ":")))
    #expect(!TriagePolicy.isThumbprint(String(repeating: "a", count: 40)), "SHA-1 is not what the policy takes")
    #expect(
      TriagePolicy(trustedThumbprints: ["AB:" + String(repeating: "cd", count: 30) + "EF"]).trustedThumbprints.first?
        .count == 64)
    for domain in ["contoso.example", "*.contoso.example", ".contoso.example", "xn--ntoso-iyeu.example"] {
      #expect(TriagePolicy.isDomain(domain), "\(domain)")
    }
    for domain in [
      "contoso", "contoso..example", "-a.example", "con toso.example", "https://contoso.example", "contoso.example/",
    ] {
      #expect(!TriagePolicy.isDomain(domain), "\(domain)")
    }
  }

  @Test("the library's report: risk from the reasons, exposure with its source, FreeRDP's view, launch and credentials")
  func report() throws {
    let text = """
      full address:s:203.0.113.5
      drivestoredirect:s:C:\\;
      redirectsmartcards:i:0
      redirectsmartcards:i:1
      gatewayhostname:s:gw.partner.example
      gatewayusagemethod:i:1
      gatewaycredentialssource:i:2
      username:s:alice
      password 51:b:0102030405
      /p:hunter2

      """
    let report = Triage(policy: Self.contoso).triage(RDPDocument(text: text))
    #expect(report.risk == .high)
    #expect(report.reasons.first?.risk == .high)
    #expect(report.reasons.map(\.risk) == report.reasons.map(\.risk).sorted(by: >), "highest risk first")
    let rules = Set(report.reasons.map(\.rule))
    #expect(rules.isSuperset(of: ["RDP801", "RDP802", "RDP804", "RDP809", "RDP810", "RDP705", "RDP605"]))
    let smartcards = try #require(report.exposure.first { $0.resource == .smartcards })
    #expect(smartcards.source == .file(line: 3), "the last of the duplicates decides, as in the clients")
    #expect(smartcards.freeRDP[.freeRDP2] == "1" && smartcards.freeRDP[.freeRDP3] == "1")
    let drives = try #require(report.exposure.first { $0.resource == .drives })
    #expect(drives.value == "C:\\;" && drives.isBroad, "the system drive counts as broad")
    #expect(report.exposure.first { $0.resource == .printers }?.source == .documentedDefault)
    #expect(report.credentials.gatewayCredentialsSource == 2)
    #expect(report.credentials.storedSecretKeys == ["password 51"])
    #expect(report.commandLineOptions == ["/p:hunter2"])
    #expect(report.indicators.addresses == ["203.0.113.5"])
    #expect(report.indicators.hosts == ["gw.partner.example"])
    #expect(
      !report.reasons.contains { $0.message.contains("hunter2") || $0.message.contains("0102030405") },
      "no secret in any reason")
  }

  @Test(
    "a file with nothing to report is low; a triage runs its rules even when the policy did not ask, a lint only when asked"
  )
  func lowAndPublishers() {
    let report = Triage(policy: TriagePolicy()).triage(
      RDPDocument(text: "full address:s:10.0.0.5\nredirectsmartcards:i:1\n"))
    #expect(report.risk == .low)
    #expect(report.reasons.isEmpty)
    #expect(Triage(policy: TriagePolicy()).policy.isEnabled)
    let outside = RDPDocument(text: "full address:s:203.0.113.5\ndrivestoredirect:s:*\n")
    #expect(!Linter().lint(outside).contains { $0.ruleID.hasPrefix("RDP8") })
    #expect(Linter(policy: TriagePolicy(isEnabled: true)).lint(outside).contains { $0.ruleID == "RDP804" })
  }
}
