import TestSupport

@testable import RDPFile

/// Input for a rule test: UTF-8 text with LF line ends unless given as a document.
enum FixtureInput {
  case text(String)
  case document(RDPDocument)

  var document: RDPDocument {
    switch self {
    case .text(let text): RDPDocument(text: text)
    case .document(let document): document
    }
  }
}

/// One rule's fixtures: a file it reports, a similar file it does not, and what its fixes make of
/// the first.
struct RuleFixture: CustomStringConvertible {
  var id: String
  var fires: FixtureInput
  var clean: FixtureInput
  var fixed: FixtureInput?
  /// What the organisation counts as its own while the rule runs.
  var policy = TriagePolicy()

  init(_ id: String, fires: String, clean: String, fixed: String? = nil, policy: TriagePolicy = TriagePolicy()) {
    self.id = id
    self.fires = .text(fires)
    self.clean = .text(clean)
    self.fixed = fixed.map(FixtureInput.text)
    self.policy = policy
  }

  init(
    _ id: String, fires: FixtureInput, clean: FixtureInput, fixed: FixtureInput? = nil,
    policy: TriagePolicy = TriagePolicy()
  ) {
    self.id = id
    self.fires = fires
    self.clean = clean
    self.fixed = fixed
    self.policy = policy
  }

  var description: String { id }
}

extension RuleFixture {
  static let host = "full address:s:ts.example.com\n"
  static let signed = "signscope:s:Full Address,Alternate Full Address\nsignature:s:AQABAAEAAAA=\n"
  static let signedBase = "full address:s:ts.example.com\nalternate full address:s:ts.example.com\n"

  static let all: [RuleFixture] = [
    RuleFixture(
      "RDP101", fires: host + "authentication level:i:0\n", clean: host + "authentication level:i:2\n",
      fixed: host + "authentication level:i:2\n"),
    RuleFixture(
      "RDP102", fires: host + "enablecredsspsupport:i:0\n", clean: host + "enablecredsspsupport:i:1\n",
      fixed: host + "enablecredsspsupport:i:1\n"),
    RuleFixture(
      "RDP103", fires: host + "authentication level:i:0\nenablecredsspsupport:i:0\n",
      clean: host + "authentication level:i:0\n",
      fixed: host + "authentication level:i:2\nenablecredsspsupport:i:1\n"),
    RuleFixture(
      "RDP104", fires: host + "negotiate security layer:i:0\n", clean: host + "negotiate security layer:i:1\n",
      fixed: host),
    RuleFixture(
      "RDP105", fires: host + "negotiate security layer:i:0\nenablecredsspsupport:i:0\n",
      clean: host + "negotiate security layer:i:0\n",
      fixed: host + "enablecredsspsupport:i:0\n"),
    RuleFixture(
      "RDP106", fires: "full address:s:192.0.2.10\nauthentication level:i:1\n",
      clean: host + "authentication level:i:1\n"),
    RuleFixture("RDP107", fires: "full address:s:localhost:33890\n", clean: host),
    RuleFixture(
      "RDP108", fires: host + "enablecredsspsupport:i:0\nprompt for credentials on client:i:1\n",
      clean: host + "enablecredsspsupport:i:1\nprompt for credentials on client:i:1\n"),
    RuleFixture("RDP109", fires: host + "restrictedadmin:i:1\n", clean: host),
    RuleFixture("RDP110", fires: "full address:s:192.0.2.10\nremoteguard:i:1\n", clean: host + "remoteguard:i:1\n"),
    RuleFixture("RDP201", fires: "screen mode id:i:2\n", clean: host),
    RuleFixture("RDP202", fires: "full address:s:192.0.2.10\n", clean: host),
    RuleFixture(
      "RDP203", fires: "full address:s:2001:db8:0:0:0:0:0:10:3390\n", clean: "full address:s:[2001:db8::10]:3390\n"),
    RuleFixture("RDP204", fires: "full address:s:fe80::1\n", clean: "full address:s:[fe80::1]:3389\n"),
    RuleFixture(
      "RDP205", fires: "full address:s:[[2001:db8::10]]:3389\n", clean: "full address:s:[2001:db8::10]:3389\n",
      fixed: "full address:s:[2001:db8::10]:3389\n"),
    RuleFixture(
      "RDP206", fires: "full address:s:ts.example.com:3390\nserver port:i:3391\n",
      clean: "full address:s:ts.example.com:3390\nserver port:i:3390\n"),
    RuleFixture("RDP207", fires: host + "server port:i:70000\n", clean: host + "server port:i:3390\n"),
    RuleFixture(
      "RDP208", fires: "full address:s:ts.example.com:3389\n", clean: "full address:s:ts.example.com:3390\n",
      fixed: host),
    RuleFixture(
      "RDP209", fires: host + "alternate full address:s:other.example.net\n",
      clean: host + "alternate full address:s:TS.example.com\n"),
    RuleFixture("RDP210", fires: "full address:s:TS01\n", clean: host),
    RuleFixture(
      "RDP211", fires: "full address:s:192.0.2.10\nenablerdsaadauth:i:1\n", clean: host + "enablerdsaadauth:i:1\n"),
    RuleFixture("RDP212", fires: "full address:s:rdp://ts.example.com/\n", clean: host, fixed: host),
    RuleFixture("RDP213", fires: host + "targetisaadjoined:i:1\n", clean: host + "enablerdsaadauth:i:1\n"),
    RuleFixture(
      "RDP301", fires: host + "gatewayusagemethod:i:1\ngatewayhostname:s:\n",
      clean: host + "gatewayusagemethod:i:1\ngatewayhostname:s:gw.example.com\n"),
    RuleFixture(
      "RDP302", fires: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:0\n",
      clean: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n"),
    RuleFixture(
      "RDP303", fires: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n",
      clean: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\ngatewayprofileusagemethod:i:1\n",
      fixed: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\ngatewayprofileusagemethod:i:1\n"),
    RuleFixture(
      "RDP304", fires: host + "gatewayhostname:s:203.0.113.5\ngatewayusagemethod:i:1\n",
      clean: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n"),
    RuleFixture(
      "RDP305", fires: host + "gatewaycredentialssource:i:3\n", clean: host + "gatewaycredentialssource:i:0\n"),
    RuleFixture(
      "RDP306", fires: host + "gatewayhostname:s:https://gw.example.com/rpc\n",
      clean: host + "gatewayhostname:s:gw.example.com\n",
      fixed: host + "gatewayhostname:s:gw.example.com\n"),
    RuleFixture(
      "RDP307", fires: host + "rdgiskdcproxy:i:1\n",
      clean: host + "rdgiskdcproxy:i:1\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n"),
    RuleFixture(
      "RDP308", fires: "full address:s:TS01\ngatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n",
      clean: host + "gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:1\n"),
    RuleFixture("RDP401", fires: host + "password:s:hunter2\n", clean: host + "password:s:\n", fixed: host),
    RuleFixture(
      "RDP402", fires: host + "password 51:b:01000000D08C9DDF\n", clean: host + "password 51:b:\n", fixed: host),
    RuleFixture("RDP403", fires: host + "gatewayaccesstoken:s:eyJ0eXAi\n", clean: host, fixed: host),
    RuleFixture(
      "RDP404", fires: host + "gatewayhostname:s:203.0.113.5\ngatewaycredentialssource:i:2\n",
      clean: host + "gatewayhostname:s:gw.example.com\ngatewaycredentialssource:i:2\n"),
    RuleFixture(
      "RDP405", fires: host + "username:s:CORP\\alice\ndomain:s:LAB\n",
      clean: host + "username:s:CORP\\alice\ndomain:s:corp\n"),
    RuleFixture("RDP501", fires: host + "signature:s:AQABAAEAAAA=\n", clean: signedBase + signed, fixed: host),
    RuleFixture(
      "RDP502", fires: host + "signscope:s:Full Address,Server Port\nsignature:s:AQAB\n",
      clean: host + "server port:i:3389\nsignscope:s:Full Address,Server Port\nsignature:s:AQAB\n"),
    RuleFixture(
      "RDP503", fires: signedBase + "authentication level:i:0\n" + signed,
      clean: signedBase + "screen mode id:i:2\n" + signed),
    RuleFixture("RDP504", fires: host + "signscope:s:Full Address\nsignature:s:AQAB\n", clean: signedBase + signed),
    RuleFixture(
      "RDP505", fires: signedBase + signed + "username:s:mallory\n", clean: signedBase + "username:s:alice\n" + signed),
    RuleFixture(
      "RDP506", fires: "Full Address:s:ts.example.com\nalternate full address:s:ts.example.com\n" + signed,
      clean: signedBase + signed),
    RuleFixture(
      "RDP507", fires: signedBase + "full address:s:other.example.net\n" + signed, clean: signedBase + signed),
    RuleFixture(
      "RDP508", fires: .document(try! KnownSignatures.document("tampered-address.rdp")),
      clean: .document(try! KnownSignatures.document("signed-utf8.rdp"))),
    RuleFixture(
      "RDP509", fires: .document(try! KnownSignatures.document("signed-sha1-gateway.rdp")),
      clean: .document(try! KnownSignatures.document("signed-utf8.rdp"))),
    RuleFixture(
      "RDP601", fires: host + "promt for credentials:i:1\n", clean: host + "prompt for credentials:i:1\n",
      fixed: host + "prompt for credentials:i:1\n"),
    RuleFixture(
      "RDP602", fires: host + "server port:s:3390\n", clean: host + "server port:i:3390\n",
      fixed: host + "server port:i:3390\n"),
    RuleFixture(
      "RDP603", fires: host + "screen mode id:I:2\n", clean: host + "screen mode id:i:2\n",
      fixed: host + "screen mode id:i:2\n"),
    RuleFixture("RDP604", fires: "# office\n" + host, clean: "\n" + host, fixed: host),
    RuleFixture("RDP605", fires: "full address:s:a.example.com\n" + host, clean: host, fixed: host),
    RuleFixture(
      "RDP606", fires: host + "desktopwidth:i:+1920\n", clean: host + "desktopwidth:i:1920\n",
      fixed: host + "desktopwidth:i:1920\n"),
    RuleFixture("RDP607", fires: host + "authentication level:i:4\n", clean: host + "authentication level:i:2\n"),
    RuleFixture(
      "RDP608", fires: .text(host + "username:s:Zoë\n"),
      clean: .document(RDPDocument(text: host + "username:s:Zoë\n", encoding: .utf16LittleEndian, byteOrderMark: true)),
      fixed: .document(RDPDocument(text: host + "username:s:Zoë\n", encoding: .utf16LittleEndian, byteOrderMark: true))),
    RuleFixture(
      "RDP609", fires: host + "username:s:alice\r\nserver port:i:3389\n", clean: host + "username:s:alice\n",
      fixed: host + "username:s:alice\nserver port:i:3389\n"),
    RuleFixture("RDP610", fires: "full address:s: ts.example.com \n", clean: host, fixed: host),
    RuleFixture("RDP611", fires: host + "desktopscalefactor:i:100\n", clean: host),
    RuleFixture(
      "RDP612", fires: host + "username:s:\ndomain:s:CORP\n", clean: host + "username:s:alice\ndomain:s:CORP\n"),
    RuleFixture(
      "RDP613", fires: host + "loadbalanceinfo:s:" + String(repeating: "x", count: 5000) + "\n",
      clean: host + "loadbalanceinfo:s:tsv://a\n"),
    RuleFixture("RDP614", fires: "full address:s:ts.example.com\u{1B}[8m\n", clean: host),
    RuleFixture(
      "RDP616",
      fires: .document(RDPDocument(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])),
      clean: .text(host)),
    RuleFixture("RDP615", fires: "full \u{0430}ddress:s:ts.example.com\n", clean: host, fixed: host),
    RuleFixture(
      "RDP701", fires: .document(RDPDocument(text: host, encoding: .utf8, byteOrderMark: true)), clean: .text(host),
      fixed: .document(RDPDocument(text: host, encoding: .utf16LittleEndian, byteOrderMark: true))),
    RuleFixture("RDP702", fires: "#\n" + host, clean: "##\n" + host, fixed: host),
    RuleFixture("RDP703", fires: host + "desktopwidth:i:010\n", clean: host + "desktopwidth:i:10\n"),
    RuleFixture("RDP704", fires: host + "desktopwidth:i:-1\n", clean: host + "desktopwidth:i:1\n"),
    RuleFixture(
      "RDP705", fires: host + "/v:other.example.net\n", clean: host + "# /v:other.example.net\n", fixed: host),
    RuleFixture(
      "RDP706", fires: "full address:s:ts.example.com:99999\n", clean: "full address:s:ts.example.com:3390\n"),
    RuleFixture(
      "RDP707", fires: "full address:s:[2001:db8::10]\n", clean: "full address:s:[2001:db8::10]:3389\n"),
    RuleFixture(
      "RDP708", fires: host + "username:s:alice\ndomain:s:CORP\n", clean: host + "username:s:CORP\\alice\n",
      fixed: host + "username:s:CORP\\alice\n"),
    RuleFixture(
      "RDP709", fires: .document(RDPDocument(text: host, encoding: .utf16BigEndian, byteOrderMark: true)),
      clean: .document(RDPDocument(text: host, encoding: .utf16LittleEndian, byteOrderMark: true)),
      fixed: .document(RDPDocument(text: host, encoding: .utf16LittleEndian, byteOrderMark: true))),
    RuleFixture("RDP801", fires: "full address:s:203.0.113.5\n", clean: "full address:s:10.0.0.5\n", policy: triageOn),
    RuleFixture(
      "RDP802", fires: "full address:s:rdp.partner.example\n", clean: "full address:s:ts01.contoso.example\n",
      policy: contoso),
    RuleFixture(
      "RDP803", fires: "full address:s:rdp.c0ntoso.example\n", clean: "full address:s:rdp.partner.example\n",
      policy: contoso),
    RuleFixture(
      "RDP804", fires: "full address:s:203.0.113.5\ndrivestoredirect:s:*\n",
      clean: "full address:s:10.0.0.5\ndrivestoredirect:s:*\n", policy: triageOn),
    RuleFixture(
      "RDP805", fires: host + "camerastoredirect:s:*\n", clean: "full address:s:10.0.0.5\ncamerastoredirect:s:*\n",
      policy: triageOn),
    RuleFixture(
      "RDP806", fires: host + "alternate shell:s:cmd.exe\n", clean: host + "alternate shell:s:\n", policy: triageOn),
    RuleFixture(
      "RDP807", fires: host + "remoteapplicationmode:i:1\nremoteapplicationprogram:s:||app\n",
      clean: host + "remoteapplicationmode:i:0\n", policy: triageOn),
    RuleFixture(
      "RDP808",
      fires: host
        + "remoteapplicationmode:i:1\nremoteapplicationcmdline:s:%USERNAME%\nremoteapplicationexpandcmdline:i:0\n",
      clean: host
        + "remoteapplicationmode:i:1\nremoteapplicationcmdline:s:%USERNAME%\nremoteapplicationexpandcmdline:i:1\n",
      policy: triageOn),
    RuleFixture(
      "RDP809",
      fires: host + "gatewayhostname:s:gw.partner.example\ngatewayusagemethod:i:1\ngatewaycredentialssource:i:2\n",
      clean: host + "gatewayhostname:s:10.0.0.1\ngatewayusagemethod:i:1\ngatewaycredentialssource:i:2\n",
      policy: triageOn),
    RuleFixture(
      "RDP810", fires: "full address:s:203.0.113.5\nusername:s:alice\n",
      clean: "full address:s:10.0.0.5\nusername:s:alice\n", policy: triageOn),
    RuleFixture("RDP811", fires: triage("campaign-signed.rdp"), clean: .text(host), policy: judging),
    RuleFixture(
      "RDP812", fires: triage("campaign-signed.rdp"), clean: triage("publisher-imitation.rdp"), policy: judging),
    RuleFixture(
      "RDP813", fires: triage("publisher-imitation.rdp"), clean: signedReal("signed-utf8.rdp"), policy: contosoTrusting),
  ]

  /// The organisation of the triage corpus.
  static let contoso = TriagePolicy(allowedDomains: ["contoso.example"], isEnabled: true)
  /// Publishers judged, nothing trusted.
  static let judging = TriagePolicy(isEnabled: true)
  /// The triage rules on, no domain given (every name is outside).
  static let triageOn = TriagePolicy(isEnabled: true)
  /// The organisation, judging publishers and trusting one thumbprint (not of any corpus file).
  static let contosoTrusting = TriagePolicy(
    allowedDomains: ["contoso.example"], trustedThumbprints: [String(repeating: "ab", count: 32)], isEnabled: true)

  /// A file of `Corpus/triage`.
  static func triage(_ name: String) -> FixtureInput {
    .document(
      RDPDocument(bytes: (try? TestPaths.bytes(TestPaths.corpus.appendingPathComponent("triage/\(name)"))) ?? []))
  }

  /// A file of `Corpus/signed-real`.
  static func signedReal(_ name: String) -> FixtureInput {
    .document(
      RDPDocument(bytes: (try? TestPaths.bytes(TestPaths.corpus.appendingPathComponent("signed-real/\(name)"))) ?? []))
  }
}
