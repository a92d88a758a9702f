import Foundation

@testable import RDPFile

/// Compares our effective view of a document with FreeRDP's `settings` view (as printed by the
/// freerdp-oracle tool), field by field, and explains the differences we make on purpose.
enum FreeRDPComparison {
  /// One field on which the two readings differ.
  struct Difference: CustomStringConvertible {
    var field: String
    var ours: String
    var freerdp: String
    /// Why the difference is deliberate, or `nil` when it is unexplained (a bug).
    var reason: DeliberateDifference?

    var description: String {
      "\(field): ours \(ours), FreeRDP \(freerdp)\(reason.map { " (deliberate: \($0.rawValue))" } ?? "")"
    }
  }

  /// The short list of places where we read a file differently from FreeRDP 2.11.7, on purpose.
  enum DeliberateDifference: String, CaseIterable {
    /// FreeRDP keeps a UTF-8 byte-order mark as part of the first key, losing that setting.
    case utf8ByteOrderMark = "FreeRDP glues a UTF-8 BOM to the first key"
    /// FreeRDP keeps the brackets of `[IPv6]` in the host name.
    case ipv6Brackets = "FreeRDP keeps IPv6 brackets in the host"
    /// FreeRDP splits an IPv6 literal without a port at its last colon, bracketed or not.
    case ipv6WithoutPort = "FreeRDP splits IPv6 without a port at the last colon"
    /// The address is malformed (`[[…]]`); neither reading is meaningful, and lint reports it.
    case malformedAddress = "malformed address"
    /// FreeRDP decodes only UTF-16LE with a byte-order mark and reads nothing from other UTF-16.
    case utf16NotLittleEndianWithBOM = "FreeRDP reads nothing from UTF-16BE or BOM-less UTF-16"
    /// FreeRDP stops reading at the first NUL byte of a UTF-8 file.
    case nulByte = "FreeRDP stops at a NUL byte"
    /// FreeRDP drops the `domain` key when `username` is set (in the files measured).
    case domainDroppedWithUsername = "FreeRDP ignores domain when username is set"
    /// FreeRDP reads `010` as octal and `0x10` as hex; strict decimal does not.
    case nonDecimalInteger = "FreeRDP reads octal/hex/junk-suffixed integers"
    /// Lines starting with `/` are command-line options to FreeRDP.
    case slashLine = "FreeRDP runs /-lines as command-line options"
    /// FreeRDP refuses files whose address port is not 1–65535.
    case populateRefused = "FreeRDP refuses the file (populate fails)"
    /// FreeRDP's default authentication level is 2; Microsoft documents 3.
    case authenticationLevelDefault = "FreeRDP's default authentication level is 2, Microsoft documents 3"
  }

  static func compare(_ document: RDPDocument, with json: [String: Any]) -> [Difference] {
    let settings = json["settings"] as? [String: Any] ?? [:]
    let connection = document.effective.connection
    let firstKeyLostToBOM: String? = {
      guard document.encoding.encoding == .utf8, document.encoding.hasByteOrderMark else { return nil }
      return document.lines.first?.setting?.normalizedKey
    }()
    let hasSlashLine = document.lines.contains { $0.text.hasPrefix("/") }
    let unreadableUTF16 = document.encoding.encoding != .utf8 && document.encoding != .mstsc
    let hasNul = document.encoding.encoding == .utf8 && document.lines.contains { $0.content.contains(0) }
    let populateFailed = json["populate_ok"] as? Bool == false
    var differences: [Difference] = []

    func string(_ key: String) -> String? {
      guard let value = settings[key], !(value is NSNull) else { return nil }
      return value as? String
    }
    func integer(_ key: String) -> Int? { settings[key] as? Int }
    func bool(_ key: String) -> Bool? { settings[key] as? Bool }
    func rawValue(_ key: String) -> String? {
      document.lineIndices(forKey: key).last.flatMap { document.lines[$0].setting?.value }
    }
    func nonDecimal(_ key: String) -> Bool {
      document.lineIndices(forKey: key).contains { index in
        guard let setting = document.lines[index].setting, setting.type == .integer else { return false }
        return IntegerValue(parsing: setting.value).value == nil
      }
    }
    func show(_ value: String?) -> String { value.map { "'\($0)'" } ?? "unset" }
    func blankIsUnset(_ value: String?) -> String? { value?.isEmpty == true ? nil : value }
    func record(_ field: String, _ ours: String, _ theirs: String, keys: [String]) {
      guard ours != theirs else { return }
      var reason: DeliberateDifference?
      if populateFailed {
        reason = .populateRefused
      } else if unreadableUTF16 {
        reason = .utf16NotLittleEndianWithBOM
      } else if hasNul {
        reason = .nulByte
      } else if hasSlashLine {
        reason = .slashLine
      } else if let lost = firstKeyLostToBOM, keys.contains(lost) {
        reason = .utf8ByteOrderMark
      } else if keys.contains(where: nonDecimal) {
        reason = .nonDecimalInteger
      } else if let address = connection.address, field == "host" || field == "port" {
        if address.malformedTail != nil {
          reason = .malformedAddress
        } else if address.kind == .ipv6, address.portText == nil {
          reason = .ipv6WithoutPort
        } else if address.kind == .ipv6, field == "host" {
          reason = .ipv6Brackets
        }
      } else if field == "domain", connection.username != nil, theirs == "unset" {
        reason = .domainDroppedWithUsername
      }
      differences.append(Difference(field: field, ours: ours, freerdp: theirs, reason: reason))
    }

    let addressKeys = ["full address", "alternate full address", "server port"]
    record("host", show(connection.host), show(string("ServerHostname")), keys: addressKeys)
    record("port", String(connection.port), integer("ServerPort").map(String.init) ?? "unset", keys: addressKeys)
    let gatewayKeys = ["gatewayhostname", "gatewayusagemethod"]
    record(
      "gateway host", show(connection.gateway?.host), show(blankIsUnset(string("GatewayHostname"))), keys: gatewayKeys)
    record(
      "gateway usage", String(connection.gateway?.usageMethod ?? document.effective.integer("gatewayusagemethod") ?? 0),
      integer("GatewayUsageMethod").map(String.init) ?? "unset", keys: gatewayKeys)
    record(
      "gateway enabled", String(connection.gateway?.isUsed ?? false),
      bool("GatewayEnabled").map(String.init) ?? "unset", keys: gatewayKeys)
    let accountKeys = ["username", "domain"]
    record(
      "username", show(blankIsUnset(connection.username)), show(blankIsUnset(string("Username"))), keys: accountKeys)
    record("domain", show(blankIsUnset(connection.domain)), show(blankIsUnset(string("Domain"))), keys: accountKeys)
    record(
      "NLA", String(connection.credSSP), bool("NlaSecurity").map(String.init) ?? "unset", keys: ["enablecredsspsupport"]
    )
    record(
      "negotiate", String(connection.negotiateSecurityLayer),
      bool("NegotiateSecurityLayer").map(String.init) ?? "unset",
      keys: ["negotiate security layer"])
    if connection.authenticationLevelIsSet || rawValue("authentication level") != nil {
      record(
        "authentication level", String(connection.authenticationLevel),
        integer("AuthenticationLevel").map(String.init) ?? "unset", keys: ["authentication level"])
    } else if let theirs = integer("AuthenticationLevel"), theirs != connection.authenticationLevel {
      differences.append(
        Difference(
          field: "authentication level", ours: String(connection.authenticationLevel), freerdp: String(theirs),
          reason: .authenticationLevelDefault))
    }
    return differences
  }
}
