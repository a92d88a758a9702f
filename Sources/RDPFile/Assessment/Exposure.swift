/// One local resource a file hands to the remote computer, as the Windows dialog would list it:
/// the value that turns it on and where that value comes from, and whether FreeRDP, which asks
/// nothing, hands it over too.
public struct Exposure: Sendable, Hashable {
  /// Where the value comes from.
  public enum Source: Sendable, Hashable {
    /// The file, at this 0-based line (the last valid occurrence: clients let it win).
    case file(line: Int)
    /// Microsoft's documented default: the file does not set the key.
    case documentedDefault
  }

  /// The resource.
  public let resource: Resource
  /// The value that turns it on (`*`, `1`, a drive list, …).
  public let value: String
  /// Where it comes from.
  public let source: Source
  /// What each FreeRDP version that hands the resource over (without asking) uses for it.
  public let freeRDP: [Client: String]

  /// The FreeRDP versions that hand it over, for messages: `FreeRDP 2.11 and 3.30 hand`,
  /// `FreeRDP 3.30 hands`; `nil` when neither does.
  public var freeRDPText: String? {
    let clients = freeRDP.keys.sorted { $0.label < $1.label }
    guard !clients.isEmpty else { return nil }
    return clients.count == 2 ? "FreeRDP 2.11 and 3.30 hand" : "\(clients[0].label) hands"
  }

  /// What a resource means when it is on with `value`, in a few words.
  public var meaning: String {
    switch resource {
    case .drives:
      let value = value.uppercased()
      if value == "*" { return "every local drive, and drives connected later" }
      if value.contains("DYNAMICDRIVES") { return "drives connected later" }
      return "the drives \(TextEscaper.brief(self.value))"
    case .cameras, .devices, .usb: return value == "*" ? "every such device" : "the devices \(TextEscaper.brief(value))"
    default: return "on"
    }
  }

  /// ` (every local drive, …)` for values that say more than "on"; empty otherwise.
  public var meaningSuffix: String { meaning == "on" ? "" : " (\(meaning))" }

  /// Whether the value hands over everything of its kind or the system drive: all drives,
  /// drives connected later, `C:`.
  public var isBroad: Bool {
    let upper = value.uppercased()
    switch resource {
    case .drives: return upper.contains("*") || upper.contains("DYNAMICDRIVES") || upper.contains("C:")
    case .cameras, .devices, .usb: return upper.contains("*") || upper.contains("DYNAMICDEVICES")
    default: return true
    }
  }

  /// The resources `document` turns on for mstsc (from the file or Microsoft's documented
  /// default), in the dialog's order, with what the FreeRDP versions among `connections` do.
  static func of(_ document: RDPDocument, connections: [ClientConnection]) -> [Exposure] {
    let effective = document.effective
    guard let mstsc = connections.first(where: { $0.client == .mstsc }) else { return [] }
    return Resource.allCases.compactMap { resource in
      guard let value = mstsc.redirections[resource] else { return nil }
      let line = resource.keys.compactMap { effective.effectiveLine(forKey: $0) }.max { $0.index < $1.index }
      var freeRDP: [Client: String] = [:]
      for connection in connections where connection.client != .mstsc && connection.refusal == nil {
        if let value = connection.redirections[resource] { freeRDP[connection.client] = value }
      }
      return Exposure(
        resource: resource, value: value, source: line.map { .file(line: $0.index) } ?? .documentedDefault,
        freeRDP: freeRDP)
    }
  }
}
