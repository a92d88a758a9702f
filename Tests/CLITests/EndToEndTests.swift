import Foundation
import TestSupport
import Testing

@testable import RDPFile

@Suite("The built binary", .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
struct EndToEndTests {
  @Test("show, set and get on a UTF-16LE file; exit codes")
  func roundTrip() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("c.rdp", text: "full address:s:old\r\n", encoding: .utf16LittleEndian, bom: true)
    let set = try runBinary(["set", path, "full address:s:[2001:db8::5]:3390"])
    #expect(set.status == 0, "\(set.errors)")
    let get = try runBinary(["get", path, "full address"])
    #expect(get.output == "[2001:db8::5]:3390\n")
    #expect(
      try folder.bytes("c.rdp")
        == RDPDocument(text: "full address:s:[2001:db8::5]:3390\r\n", encoding: .utf16LittleEndian, byteOrderMark: true)
        .serialized())
    let show = try runBinary(["show", path])
    #expect(show.output.contains("host: 2001:db8::5 (from full address, ipv6)"))
    #expect(try runBinary(["get", path, "username"]).status == 1)
    let missing = try runBinary(["show", folder.path + "/none.rdp"])
    #expect(missing.status == 2)
    #expect(missing.errors.split(separator: "\n").count == 1)
    #expect(try runBinary(["show"]).status == 64)
  }

  @Test("standard input")
  func standardInput() throws {
    let result = try runBinary(["get", "-", "username"], standardInput: Data("username:s:zoe\n".utf8))
    #expect(result.output == "zoe\n")
  }
}
