extension LintContext {
  /// What each modelled client connects with (computed once per document).
  var connections: [ClientConnection] { safety.connections }

  /// A host some clients go to, judged against the policy, and the line that names it.
  struct Destination {
    var assessment: HostAssessment
    var clients: [Client]
    var line: SettingLine?
  }

  /// Each distinct host the clients that read the file connect to, in client order.
  var destinations: [Destination] {
    group(connections.filter { $0.refusal == nil }.map { ($0.client, $0.host) }, keys: Self.addressKeys)
  }

  /// Each distinct gateway the clients use.
  var gateways: [Destination] {
    group(
      connections.filter { $0.refusal == nil && $0.gatewayUsed }.map { ($0.client, $0.gatewayHost) },
      keys: ["gatewayhostname"])
  }

  /// Whether some client's session runs on a host outside the organisation: what the file
  /// hands over goes there.
  var leavesOrganisation: Bool { destinations.contains { $0.assessment.isOutside } }

  /// The outside hosts, for messages: `'203.0.113.9' (every client)`.
  var outsideHostsText: String {
    destinations.filter(\.assessment.isOutside).map {
      "'\(TextEscaper.brief($0.assessment.host))'\(Self.clientsText($0.clients))"
    }
    .joined(separator: " and ")
  }

  /// ` (FreeRDP 2.11 only)`-style notes; empty when every client agrees.
  static func clientsText(_ clients: [Client]) -> String {
    clients.count == Client.allCases.count ? "" : " (" + clients.map(\.label).joined(separator: ", ") + ")"
  }

  /// The line a finding about the destination points at: the deciding address line.
  var destinationRange: SourceRange {
    let line = Self.addressKeys.reversed().lazy.compactMap { effectiveLine(forKey: $0) }.first { !$0.valueIsBlank }
    return line.map(valueRange) ?? endOfDocument
  }

  private func group(_ hosts: [(Client, String?)], keys: [String]) -> [Destination] {
    var result: [Destination] = []
    for (client, host) in hosts {
      guard let host, !HostAssessment.bare(host).isEmpty else { continue }
      let bare = HostAssessment.bare(host).lowercased()
      if let index = result.firstIndex(where: { HostAssessment.bare($0.assessment.host).lowercased() == bare }) {
        result[index].clients.append(client)
        continue
      }
      let line = keys.lazy.compactMap { effectiveLine(forKey: $0) }.first { $0.value.lowercased().contains(bare) }
      result.append(Destination(assessment: HostAssessment(host, policy: policy), clients: [client], line: line))
    }
    return result
  }
}
