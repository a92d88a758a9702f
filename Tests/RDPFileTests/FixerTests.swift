import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("Fixer and rewrite plans")
struct FixerTests {
  static var corpusFiles: [URL] {
    TestPaths.rdpFiles(in: TestPaths.corpus)
      + (TestPaths.hasSharedCorpus ? TestPaths.rdpFiles(in: TestPaths.sharedCorpus) : [])
  }

  @Test(
    "fix(fix(x)) == fix(x), the result round-trips, and nothing fixable is left, on every corpus file",
    arguments: [false, true])
  func idempotent(unsafe: Bool) throws {
    let fixer = Fixer(allowUnsafe: unsafe)
    for file in Self.corpusFiles {
      let original = RDPDocument(bytes: try TestPaths.bytes(file))
      let once = fixer.fix(original)
      let twice = fixer.fix(once.document)
      #expect(once.failure == nil, "\(file.lastPathComponent): \(once.failure ?? "")")
      #expect(twice.document == once.document, "\(file.lastPathComponent) is not a fixed point")
      #expect(!twice.changed, "\(file.lastPathComponent)")
      #expect(RDPDocument(bytes: once.document.serialized()) == once.document)
      #expect(
        once.document.encoding == original.encoding
          || once.applied.contains { ["RDP608", "RDP701", "RDP709"].contains($0.ruleID) })
    }
  }

  @Test("generated documents: fixing keeps round trip and reaches a fixed point")
  func generated() {
    var generator = DocumentGenerator(random: SeededGenerator(seed: 7))
    let fixer = Fixer(allowUnsafe: true)
    for _ in 0..<500 {
      let document = RDPDocument(bytes: generator.document().bytes)
      let once = fixer.fix(document)
      if once.failure != nil {
        #expect(once.document == document, "a failed fix keeps the original")
        continue
      }
      #expect(RDPDocument(bytes: once.document.serialized()) == once.document)
      #expect(fixer.fix(once.document).document == once.document)
    }
  }

  @Test("workarounds are idempotent and change only their lines")
  func workaroundsIdempotent() throws {
    let resolver = StaticResolver(["ts.example.com": ["192.0.2.7"]])
    let plan = RewritePlan(workarounds: [.useIPAddress(.any), .disableNLA, .authenticationLevel(0), .secureDefaults])
    let document = RDPDocument(
      text: "full address:s:ts.example.com:3390\r\nusername:s:a\r\n", encoding: .utf16LittleEndian, byteOrderMark: true)
    let once = plan.apply(to: document, resolver: resolver)
    #expect(once.status == .changed)
    #expect(once.document.lines[1] == document.lines[1])
    let twice = plan.apply(to: once.document, resolver: resolver)
    #expect(twice.status == .unchanged, "\(twice.changes)")
  }

  @Test("the IP rewrite keeps ports and surrounding spaces, brackets IPv6, never touches the gateway")
  func addressRewrite() throws {
    let resolver = StaticResolver(["a.example.com": ["2001:db8::1", "192.0.2.1"], "gw.example.com": ["192.0.2.99"]])
    let document = RDPDocument(
      text:
        "full address:s: a.example.com:3390 \nalternate full address:s:a.example.com\ngatewayhostname:s:gw.example.com\nserver port:i:3391\n"
    )
    let any = RewritePlan(workarounds: [.useIPAddress(.any)]).apply(to: document, resolver: resolver).document
    #expect(
      any.lines.map(\.text) == [
        "full address:s: [2001:db8::1]:3390 ", "alternate full address:s:[2001:db8::1]:3391",
        "gatewayhostname:s:gw.example.com",
        "server port:i:3391",
      ])
    let v4 = RewritePlan(workarounds: [.useIPAddress(.ipv4)]).apply(to: document, resolver: resolver).document
    #expect(v4.lines[0].text == "full address:s: 192.0.2.1:3390 ")
    #expect(v4.lines[1].text == "alternate full address:s:192.0.2.1")
  }

  @Test("a failed workaround leaves the document untouched")
  func failure() {
    let document = RDPDocument(text: "full address:s:unknown.example.com\n")
    let outcome = RewritePlan(workarounds: [.useIPAddress(.any), .disableNLA]).apply(
      to: document, resolver: StaticResolver())
    #expect(outcome.document == document)
    #expect(outcome.status == .failed("full address host 'unknown.example.com' does not resolve; file left unchanged"))
  }

  @Test("applicability and costs of workarounds")
  func costs() {
    #expect(Workaround.useIPAddress(.any).applicability == .unsafe)
    #expect(Workaround.disableNLA.applicability == .unsafe)
    #expect(Workaround.authenticationLevel(1).applicability == .unsafe, "raising protection may stop a connection")
    #expect(
      Workaround.authenticationLevel(1).cost?.contains("connections that work today through a certificate warning stop")
        == true)
    #expect(Workaround.authenticationLevel(0).cost?.contains("without verifying the server") == true)
    #expect(Workaround.secureDefaults.applicability == .unsafe)
    #expect(
      Workaround.secureDefaults.cost?.contains("servers without Network Level Authentication refuse the connection")
        == true)
    #expect(Workaround.useIPAddress(.any).cost?.contains("FreeRDP 2.11 and 3.30 keep the brackets") == true)
    #expect(Workaround.set(Setting(key: "screen mode id", type: .integer, value: "1")).applicability == .safe)
    #expect(Workaround.set(Setting(key: "enablecredsspsupport", type: .integer, value: "0")).applicability == .unsafe)
  }

  @Test("unified diff shows only the changed lines with context")
  func diff() throws {
    let old = RDPDocument(text: "a:s:1\nb:s:2\nc:s:3\nd:s:4\ne:s:5\nf:s:6\ng:s:7\nh:s:8\n")
    var new = old
    try new.set(Setting(key: "g", type: .string, value: "X"))
    let text = UnifiedDiff().render(from: old, to: new, path: "x.rdp")
    #expect(text == "--- x.rdp\n+++ x.rdp\n@@ -4,5 +4,5 @@\n d:s:4\n e:s:5\n f:s:6\n-g:s:7\n+g:s:X\n h:s:8\n")
    let crlf = try? old.applying([Edit(.setTerminator(line: 0, .crlf))])
    #expect(UnifiedDiff().render(from: old, to: crlf!, path: "x.rdp").contains("+a:s:1  (line ends with CRLF)"))
  }
}
