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

  @Test("the banded edit distance agrees with the full table up to the limit, on 20,000 random pairs")
  func bandedEditDistance() {
    // The whole optimal-string-alignment table, as the textbook fills it.
    func full(_ a: [UInt32], _ b: [UInt32]) -> Int {
      var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in 0...a.count { table[i][0] = i }
      for j in 0...b.count { table[0][j] = j }
      for i in stride(from: 1, through: a.count, by: 1) {
        for j in stride(from: 1, through: b.count, by: 1) {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
          }
        }
      }
      return table[a.count][b.count]
    }
    var random = SeededGenerator(seed: 0x5EED)
    var exact = 0
    for _ in 0..<20_000 {
      // A small alphabet, so that near strings (and transpositions) are common.
      let a = (0..<Int.random(in: 0...9, using: &random)).map { _ in UInt32.random(in: 97...100, using: &random) }
      var b = a
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        switch Int.random(in: 0...3, using: &random) {
        case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &random))
        case 1: b.insert(UInt32.random(in: 97...100, using: &random), at: Int.random(in: 0...b.count, using: &random))
        case 2 where b.count > 1:
          let index = Int.random(in: 0..<(b.count - 1), using: &random)
          b.swapAt(index, index + 1)
        default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &random)] = 122 }
        }
      }
      let limit = Int.random(in: 0...3, using: &random)
      let expected = full(a, b)
      let banded = EditDistance.between(a, b, limit: limit)
      if expected <= limit {
        #expect(banded == expected, "\(a) \(b) limit \(limit)")
        exact += 1
      } else {
        #expect(banded > limit, "\(a) \(b) limit \(limit): \(banded), full \(expected)")
      }
    }
    #expect(exact > 5_000, "only \(exact) pairs within the limit")
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
