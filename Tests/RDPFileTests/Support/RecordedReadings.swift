import Foundation
import TestSupport

@testable import RDPFile

/// FreeRDP's recorded readings of the shared corpora (`oracle --all settings`), and the
/// comparison of a client model with them, field by field.
enum RecordedReadings {
  /// One recorded reading: the file, whether FreeRDP accepted it, and its settings.
  struct Reading {
    var file: URL
    var accepted: Bool
    var settings: [String: Any]
    /// Drives the oracle's live reading lists as devices (from `/drive:` lines), as `name,path`;
    /// the recorded readings do not carry devices.
    var driveDevices: [String] = []
  }

  static let probeFolder = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/reference/freerdp-probe")
  static var available: Bool { TestPaths.hasSharedCorpus && FileManager.default.fileExists(atPath: probeFolder.path) }

  /// Every recorded reading of `client` (FreeRDP 2.11.7 or 3.30.0), real-world files and probes.
  static func readings(_ client: Client) throws -> [Reading] {
    let sources: [(URL, URL)] =
      client == .freeRDP2
      ? [
        (TestPaths.sharedCorpus.appendingPathComponent("freerdp-2.11.7-settings.jsonl"), TestPaths.sharedCorpus),
        (
          probeFolder.appendingPathComponent("freerdp-2.11.7-settings.jsonl"),
          probeFolder.appendingPathComponent("cases")
        ),
      ]
      : [
        (TestPaths.sharedCorpus.appendingPathComponent("freerdp-3-settings.jsonl"), TestPaths.sharedCorpus),
        (
          probeFolder.appendingPathComponent("freerdp-3.30.0-settings.jsonl"),
          probeFolder.appendingPathComponent("cases")
        ),
      ]
    var result: [Reading] = []
    for (records, folder) in sources {
      for line in try String(contentsOf: records, encoding: .utf8).split(separator: "\n") {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let name = object["file"] as? String
        else { continue }
        let accepted =
          object["parse_ok"] as? Bool == true && object["populate_ok"] as? Bool == true
          && object["crashed"] as? Bool != true
        result.append(
          Reading(
            file: folder.appendingPathComponent(name), accepted: accepted,
            settings: object["settings"] as? [String: Any] ?? [:]))
      }
    }
    return result
  }

  /// The fields on which the model and the reading differ: name, model, FreeRDP.
  static func differences(_ model: ClientConnection, _ reading: Reading) -> [(String, String, String)] {
    let settings = reading.settings
    func text(_ key: String) -> String? {
      guard let value = settings[key], !(value is NSNull) else { return nil }
      return value as? String
    }
    func number(_ key: String) -> Int? { settings[key] as? Int }
    func flag(_ key: String) -> Bool { settings[key] as? Bool ?? false }
    // FreeRDP passes bytes that are not valid text through; the model decodes them as U+FFFD.
    func show(_ value: String?) -> String {
      value.map { "'\($0.replacingOccurrences(of: "\u{FFFD}", with: "?"))'" } ?? "unset"
    }
    var found: [(String, String, String)] = []
    func compare(_ name: String, _ mine: String, _ theirs: String) {
      if mine != theirs { found.append((name, mine, theirs)) }
    }
    compare("refuses", String(model.refusal != nil), String(!reading.accepted))
    guard reading.accepted, model.refusal == nil else { return found }
    compare("host", show(model.host), show(text("ServerHostname")))
    compare("port", String(model.port), number("ServerPort").map(String.init) ?? "unset")
    compare("username", show(model.username), show(text("Username")))
    compare("domain", show(model.domain), show(text("Domain")))
    compare("NLA", String(model.credSSP), String(flag("NlaSecurity")))
    compare("negotiate", String(model.negotiateSecurityLayer), String(flag("NegotiateSecurityLayer")))
    compare(
      "authentication level", String(model.authenticationLevel),
      number("AuthenticationLevel").map(String.init) ?? "unset")
    compare("gateway host", show(model.gatewayHost), show(text("GatewayHostname")))
    compare("gateway used", String(model.gatewayUsed), String(flag("GatewayEnabled")))
    if model.gatewayHost != nil {
      compare(
        "gateway port", model.gatewayPort.map(String.init) ?? "unset", number("GatewayPort").map(String.init) ?? "unset"
      )
    }
    compare(
      "gateway credentials", String(model.gatewayCredentialsSource),
      number("GatewayCredentialsSource").map(String.init) ?? "unset")
    compare("clipboard", String(model.redirections[.clipboard] != nil), String(flag("RedirectClipboard")))
    compare("printers", String(model.redirections[.printers] != nil), String(flag("RedirectPrinters")))
    compare("smart cards", String(model.redirections[.smartcards] != nil), String(flag("RedirectSmartCards")))
    compare("serial ports", String(model.redirections[.ports] != nil), String(flag("RedirectSerialPorts")))
    compare("microphone", String(model.redirections[.microphone] != nil), String(flag("AudioCapture")))
    // FreeRDP 2.11 stores an empty drive list as "", 3.30 leaves it unset: both redirect nothing.
    let listed = reading.driveDevices.isEmpty ? nil : reading.driveDevices.joined(separator: ";")
    let drives =
      text("DrivesToRedirect").flatMap { $0.isEmpty ? nil : $0 } ?? listed ?? (flag("RedirectDrives") ? "*" : nil)
    compare("drives", show(model.redirections[.drives]), show(drives))
    compare("RemoteApp", String(model.launch.remoteApplication), String(flag("RemoteApplicationMode")))
    compare("RemoteApp program", show(model.launch.program), show(text("RemoteApplicationProgram")))
    compare("RemoteApp command line", show(model.launch.commandLine), show(text("RemoteApplicationCmdLine")))
    compare(
      "alternate shell", show(model.launch.alternateShell),
      show(text("AlternateShell").flatMap { $0.isEmpty ? nil : $0 }))
    return found
  }
}
