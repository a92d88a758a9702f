import Testing

@testable import RDPFile

@Suite("Host addresses")
struct HostAddressTests {
  @Test(
    "forms",
    arguments: [
      ("host.example.com", "host.example.com", nil, HostAddress.Kind.name),
      ("host:3390", "host", "3390", .name),
      ("10.1.2.3:3390", "10.1.2.3", "3390", .ipv4),
      ("[fe80::1]:3390", "fe80::1", "3390", .ipv6),
      ("[2001:db8::1]", "2001:db8::1", nil, .ipv6),
      ("fe80::1", "fe80::1", nil, .ipv6),
      ("2001:db8::1:3390", "2001:db8::1:3390", nil, .ipv6),
      (" h :3393 ", "h ", "3393", .name),
      ("", "", nil, .empty),
      ("host:", "host", "", .name),
      ("::ffff:192.0.2.1", "::ffff:192.0.2.1", nil, .ipv6),
    ] as [(String, String, String?, HostAddress.Kind)])
  func forms(text: String, host: String, port: String?, kind: HostAddress.Kind) {
    let address = HostAddress(parsing: text)
    #expect(address.host == host)
    #expect(address.portText == port)
    #expect(address.kind == kind)
  }

  @Test("ports must be 1–65535 in strict decimal")
  func ports() {
    #expect(HostAddress(parsing: "h:3389").port == 3389)
    #expect(HostAddress(parsing: "h:0").hasInvalidPort)
    #expect(HostAddress(parsing: "h:70000").hasInvalidPort)
    #expect(HostAddress(parsing: "h:abc").hasInvalidPort)
    #expect(HostAddress(parsing: "h:03389").hasInvalidPort)
  }

  @Test("malformed brackets are reported")
  func brackets() {
    #expect(HostAddress(parsing: "[fe80::1").malformedTail == "[")
    #expect(HostAddress(parsing: "[fe80::1]x").malformedTail == "x")
  }

  @Test("formatting brackets IPv6 when a port follows")
  func formatting() {
    #expect(HostAddress(host: "fe80::1", port: 3390).formatted == "[fe80::1]:3390")
    #expect(HostAddress(host: "10.0.0.1", port: nil).formatted == "10.0.0.1")
    #expect(HostAddress(parsing: "[::1]").formatted == "[::1]")
  }

  @Test("IP literal recognition")
  func literals() {
    #expect(IPAddress.isIPv4("192.168.0.1"))
    #expect(!IPAddress.isIPv4("192.168.0.01"))
    #expect(!IPAddress.isIPv4("256.1.1.1"))
    #expect(!IPAddress.isIPv4("1.2.3"))
    #expect(IPAddress.isIPv6("::"))
    #expect(IPAddress.isIPv6("fe80::1%eth0"))
    #expect(IPAddress.isIPv6("1:2:3:4:5:6:7:8"))
    #expect(!IPAddress.isIPv6("1:2:3:4:5:6:7:8:9"))
    #expect(!IPAddress.isIPv6("1::2::3"))
    #expect(!IPAddress.isIPv6("host:3389"))
    #expect(!IPAddress.isIPv6("12345::"))
  }
}
