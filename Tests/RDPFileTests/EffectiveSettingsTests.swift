import Testing

@testable import RDPFile

@Suite("The effective view")
struct EffectiveSettingsTests {
  func connection(_ text: String) -> Connection { RDPDocument(text: text).effective.connection }

  @Test("last occurrence wins, across key case")
  func lastWins() {
    let c = connection("full address:s:first\nFULL ADDRESS:s:second\n")
    #expect(c.host == "second")
  }

  @Test("an invalid later integer does not override a valid earlier one")
  func invalidIntegerIgnored() {
    let settings = RDPDocument(text: "server port:i:3390\nserver port:i:abc\n").effective
    #expect(settings.integer("server port") == 3390)
    #expect(settings.effectiveLine(forKey: "server port")?.index == 0)
  }

  @Test("a known key with the wrong type letter is ignored")
  func wrongType() {
    #expect(connection("full address:s:h\nserver port:s:3390\n").port == 3389)
  }

  @Test("alternate full address overrides full address, server port overrides both")
  func precedence() {
    let alternate = connection("full address:s:a:1111\nalternate full address:s:b\n")
    #expect(alternate.host == "b" && alternate.addressSource == .alternateFullAddress)
    #expect(alternate.port == 3389 && alternate.portSource == .default)
    let withPort = connection("server port:i:4000\nfull address:s:a:1111\n")
    #expect(withPort.port == 4000 && withPort.portSource == .serverPort)
    let addressPort = connection("full address:s:a:1111\n")
    #expect(addressPort.port == 1111 && addressPort.portSource == .address)
    #expect(connection("full address:s:a\nalternate full address:s: \n").host == "a")
  }

  @Test("string values are trimmed, passwords are not")
  func trimming() {
    let settings = RDPDocument(text: "full address:s:  h  \npassword:s: secret \n").effective
    #expect(settings.string("full address") == "h")
    #expect(settings.string("password") == " secret ")
  }

  @Test("account: DOMAIN\\user splits at the first backslash, else the domain key")
  func account() {
    let split = connection("username:s:CORP\\alice\ndomain:s:OTHER\n")
    #expect(split.domain == "CORP" && split.username == "alice")
    let upn = connection("username:s:alice@corp.example\ndomain:s:CORP\n")
    #expect(upn.username == "alice@corp.example" && upn.domain == "CORP")
  }

  @Test("security defaults and explicit values")
  func security() {
    let defaults = connection("full address:s:h\n")
    #expect(defaults.credSSP && defaults.negotiateSecurityLayer)
    #expect(defaults.authenticationLevel == 3 && !defaults.authenticationLevelIsSet)
    let off = connection("enablecredsspsupport:i:0\nnegotiate security layer:i:0\nauthentication level:i:0\n")
    #expect(!off.credSSP && !off.negotiateSecurityLayer && off.authenticationLevel == 0)
  }

  @Test("gateway: port defaults to 443; usage 1 and 2 route through it")
  func gateway() throws {
    let used = try #require(connection("gatewayhostname:s:gw.example.com\ngatewayusagemethod:i:2\n").gateway)
    #expect(used.host == "gw.example.com" && used.port == 443 && used.isUsed)
    let unused = try #require(connection("gatewayhostname:s:gw:8443\ngatewayusagemethod:i:4\n").gateway)
    #expect(unused.port == 8443 && !unused.isUsed)
    #expect(connection("gatewayhostname:s:\n").gateway == nil)
  }
}
