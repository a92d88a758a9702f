import Testing

@testable import RDPFile

@Suite("Property catalogue")
struct PropertyCatalogueTests {
  @Test("holds every key of the fact table, uniquely, with a description")
  func complete() {
    #expect(PropertyCatalogue.all.count == 162)
    let names = Set(PropertyCatalogue.all.map(\.normalizedName))
    #expect(names.count == PropertyCatalogue.all.count)
    #expect(PropertyCatalogue.all.allSatisfy { !$0.summary.isEmpty && $0.summary.hasSuffix(".") })
  }

  @Test("lookup is case-insensitive")
  func lookup() throws {
    let property = try #require(PropertyCatalogue.property(named: "Authentication Level"))
    #expect(property.type == .integer)
    #expect(property.defaultValue == "3")
    #expect(property.allowed == .oneOf([0, 1, 2, 3]))
    #expect(property.isSecurityRelevant && property.isCoveredBySigning)
    #expect(PropertyCatalogue.property(named: "password 51")?.isSecret == true)
    #expect(PropertyCatalogue.property(named: "server port")?.allowed == .range(1...65535))
  }

  @Test(
    "typos suggest the nearest key",
    arguments: [
      ("promt for credentials", "prompt for credentials"), ("fulladdress", "full address"),
      ("autentication level", "authentication level"), ("Enablecredsspsuport", "enablecredsspsupport"),
      ("gatewayhostnmae", "gatewayhostname"),
    ])
  func suggestions(typo: String, expected: String) {
    #expect(PropertyCatalogue.suggestion(for: typo)?.normalizedName == expected)
  }

  @Test("nothing close means no suggestion")
  func noSuggestion() {
    #expect(PropertyCatalogue.suggestion(for: "totally unrelated words") == nil)
  }

  @Test("signing order matches the scope of the real signed file")
  func signingOrder() {
    let scope =
      "Full Address,Alternate Full Address,Use Redirection Server Name,Server Port,GatewayHostname,GatewayUsageMethod,GatewayProfileUsageMethod,GatewayCredentialsSource,PromptCredentialOnce,RedirectDrives,RedirectPrinters,RedirectCOMPorts,RedirectSmartCards,RedirectClipboard,DevicesToRedirect,DrivesToRedirect,LoadBalanceInfo"
    let names = scope.split(separator: ",").map(String.init)
    let order = PropertyCatalogue.signableKeys.map(\.scopeName)
    let positions = names.map { order.firstIndex(of: $0) ?? -1 }
    #expect(!positions.contains(-1))
    #expect(positions == positions.sorted())
    #expect(
      names.allSatisfy {
        PropertyCatalogue.property(named: PropertyCatalogue.key(forScopeName: $0))?.signScopeName == $0
      })
  }
}
