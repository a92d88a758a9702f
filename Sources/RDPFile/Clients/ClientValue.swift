/// The value one client uses for one key of a file, and where it comes from: the file (which
/// line), Microsoft's documented default, the client's own default, or nowhere.
public struct ClientValue: Sendable, Hashable {
  /// Where a value comes from.
  public enum Source: Sendable, Hashable {
    /// The file, at this 0-based line.
    case file(line: Int)
    /// The default Microsoft documents for the key (mstsc).
    case documentedDefault
    /// The default the client itself applies, as measured (FreeRDP).
    case clientDefault
    /// The file does not set it and no default is known.
    case absent
    /// The client refuses the whole file (or cannot survive it), for this reason: it uses
    /// nothing from it.
    case refused(String)
  }

  /// The client.
  public var client: Client
  /// The value as the client uses it; `nil` when absent.
  public var value: String?
  /// Where it comes from.
  public var source: Source

  /// FreeRDP's own defaults for the keys whose default it decides itself (measured with both
  /// versions on a file that sets none of them).
  static let freeRDPDefaults: [String: String] = [
    "authentication level": "2", "enablecredsspsupport": "1", "negotiate security layer": "1", "redirectclipboard": "1",
    "redirectprinters": "0", "redirectsmartcards": "0", "redirectcomports": "0", "audiocapturemode": "0",
    "remoteapplicationmode": "0", "gatewayusagemethod": "0", "server port": "3389",
  ]

  /// What `client` uses for `key` in `document`.
  public static func of(_ key: String, in document: RDPDocument, for client: Client) -> ClientValue {
    let normalized = PlainText.asciiLowercased(key)
    let property = PropertyCatalogue.property(named: key)
    switch client {
    case .mstsc:
      let effective = document.effective
      if let line = effective.effectiveLine(forKey: key) {
        let value = line.syntax.type == .string ? (effective.string(key) ?? line.value) : line.value
        return ClientValue(client: client, value: value, source: .file(line: line.index))
      }
      if let defaultValue = property?.defaultValue, !defaultValue.hasPrefix("(") {
        return ClientValue(client: client, value: defaultValue, source: .documentedDefault)
      }
      return ClientValue(client: client, value: nil, source: .absent)
    case .freeRDP2, .freeRDP3:
      let file = FreeRDPFileReader(document, client: client)
      let connection = ClientConnection(freeRDP: file)
      if let refusal = connection.refusal { return ClientValue(client: client, value: nil, source: .refused(refusal)) }
      let type = property?.type ?? .string
      // The account is put together from two keys, differently by each version.
      if normalized == "username" || normalized == "domain" {
        let value = normalized == "username" ? connection.username : connection.domain
        let line = file.line(of: normalized, type: "s") ?? file.line(of: "username", type: "s")
        return ClientValue(
          client: client, value: value, source: value != nil && line != nil ? .file(line: line!) : .absent)
      }
      if type == .integer, let value = file.integer(normalized), let line = file.line(of: normalized, type: "i") {
        return ClientValue(client: client, value: String(value), source: .file(line: line))
      }
      if type == .string, let value = file.string(normalized), let line = file.line(of: normalized, type: "s") {
        return ClientValue(client: client, value: value, source: .file(line: line))
      }
      if let value = freeRDPDefaults[normalized] {
        return ClientValue(client: client, value: value, source: .clientDefault)
      }
      return ClientValue(client: client, value: nil, source: .absent)
    }
  }
}
