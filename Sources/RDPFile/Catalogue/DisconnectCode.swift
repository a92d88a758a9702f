/// An error code the Remote Desktop client reports when a connection fails or ends: what
/// Microsoft's tables say it means, what is (and is not) documented about its causes, and which
/// settings of a file can matter. `rdpfile explain 0x904` prints one.
package struct DisconnectCode: Sendable, Hashable {
  /// The code.
  package let value: UInt32
  /// Whether it is an extended code (`ExtendedDisconnectReason`) rather than a main one.
  package let isExtended: Bool
  /// Microsoft's symbolic name, when its tables give one.
  package let name: String?
  /// What the code means, and where that comes from.
  package let meaning: String
  /// What is documented about its causes, and what is only inferred.
  package let causes: String
  /// Rules and settings of a file that can matter (rule ids, keys).
  package let related: [String]

  /// The explanation `rdpfile explain` prints.
  package var text: String {
    var lines = ["\(label)\(isExtended ? "" : " (\(value) in decimal)")\(name.map { ": \($0)" } ?? "")", ""]
    lines.append("What it means: \(meaning)")
    lines.append("")
    lines.append("Causes: \(causes)")
    if !related.isEmpty {
      lines.append("")
      lines.append("In a connection file: \(related.joined(separator: ", ")) ('rdpfile explain' each for more)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `0x904` or `extended 0x7`.
  package var label: String { (isExtended ? "extended " : "") + "0x" + String(value, radix: 16, uppercase: true) }

  /// The code `text` names: `0x904`, `904` (hex digits), `2308` (decimal, as some tools print
  /// it), `extended 0x7`, `ext-7`; `0x7` alone is the extended code (no main code is that small).
  package static func named(_ text: String) -> DisconnectCode? {
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    var extended = false
    if let first = words.first, ["extended", "ext", "x"].contains(first) {
      extended = true
      words.removeFirst()
    }
    guard words.count == 1 else { return nil }
    let word = words[0]
    var candidates: [UInt32] = []
    if word.hasPrefix("0x") {
      if let value = UInt32(word.dropFirst(2), radix: 16) { candidates = [value] }
    } else {
      // Without 0x: decimal first (tools such as mRemoteNG print 516 for 0x204), then hex.
      candidates = [UInt32(word), UInt32(word, radix: 16)].compactMap { $0 }
    }
    for value in candidates {
      if let found = all.first(where: { $0.value == value && $0.isExtended == extended }) { return found }
      if !extended, value < 0x100, let found = all.first(where: { $0.value == value && $0.isExtended }) { return found }
    }
    return nil
  }

  private init(
    _ value: UInt32, extended: Bool = false, _ name: String?, meaning: String, causes: String, related: [String]
  ) {
    self.value = value
    isExtended = extended
    self.name = name
    self.meaning = meaning
    self.causes = causes
    self.related = related
  }

  private static let apiTable = "Microsoft's disconnect-reason table (IMsTscAxEvents::OnDisconnected)"
  private static let dialogTable =
    "mstsc's message texts as collected from Microsoft's TechNet wiki (not in the API table)"

  /// The codes the tool's findings and advice mention, and their close relatives.
  package static let all: [DisconnectCode] = [
    DisconnectCode(
      0x104, "disconnectReasonDNSLookupFailed", meaning: "The name in the file could not be looked up (\(apiTable)).",
      causes:
        "A name that does not exist or does not resolve from this network; single-label names that only resolve inside one network.",
      related: ["full address", "alternate full address", "RDP201", "RDP210", "RDP212"]),
    DisconnectCode(
      0x108, "disconnectReasonConnectionTimedOut", meaning: "The TCP connection timed out (\(apiTable)).",
      causes:
        "The host is off or unreachable, or a firewall drops the port; not a setting of the file, unless it names the wrong host or port.",
      related: ["server port", "RDP206", "RDP207"]),
    DisconnectCode(
      0x204, "disconnectReasonSocketConnectFailed",
      meaning:
        "The TCP connection was refused (\(apiTable)). Tools that print decimal codes show it as 516, sometimes written 0x516.",
      causes: "Nothing listens on the port: Remote Desktop is off, the port is wrong, or a firewall rejects it.",
      related: ["server port", "full address", "RDP206", "RDP207", "RDP706"]),
    DisconnectCode(
      0x208, "disconnectReasonHostNotFound", meaning: "The host was not found (\(apiTable)).",
      causes: "As 0x104: a name that does not resolve.", related: ["full address", "RDP210", "RDP212"]),
    DisconnectCode(
      0x308, "disconnectReasonInvalidIPAddr", meaning: "The address is not a valid IP address (\(apiTable)).",
      causes: "A malformed address in the file: brackets, a port glued to an IPv6 address.",
      related: ["RDP203", "RDP205", "RDP212"]),
    DisconnectCode(
      0x408, "disconnectReasonInternalError",
      meaning:
        "An internal error (\(apiTable)); mstsc's message for it says the computer name contains invalid characters.",
      causes: "Text that is not a host name in the address (a URL, a template placeholder, spaces).",
      related: ["RDP212"]),
    DisconnectCode(
      0x807, "SSL_ERR_LOGON_FAILURE", meaning: "The logon failed (\(apiTable)).",
      causes:
        "Wrong credentials, or an account other than the one meant (the domain in two places, read differently by each client).",
      related: ["username", "domain", "RDP405", "RDP708"]),
    DisconnectCode(
      0x904, "disconnectReasonAtClientWinsockFDCLOSE",
      meaning:
        "The client saw the connection closed by the other end (\(apiTable): socket closed). It is not a certificate error.",
      causes: """
        The code only says the socket closed; the extended code says more. With extended 0x7 the server denied the connection \
        (see that code). Microsoft does not tie this pair to certificates, DNS or firewalls: those give other codes. Turning off \
        server verification (authentication level 0) or NLA (enablecredsspsupport 0) is not documented to change why a server refuses.
        """,
      related: ["RDP101", "RDP102", "RDP103", "extended 0x7"]),
    DisconnectCode(
      0x907, nil,
      meaning:
        "The connection ended because an unexpected server authentication certificate was received (\(dialogTable)).",
      causes:
        "Not documented beyond the message. Plausibly the certificate changed between the TLS and CredSSP stages, a TLS-terminating proxy is in the way, or someone is in the middle: never answer it by lowering authentication level.",
      related: ["authentication level", "RDP101"]),
    DisconnectCode(
      0xB09, nil,
      meaning:
        "The remote computer requires Network Level Authentication, which the client is not using (\(dialogTable)).",
      causes:
        "The file turns CredSSP off (enablecredsspsupport 0) against a server that requires NLA; the server answers the negotiation with HYBRID_REQUIRED_BY_SERVER.",
      related: ["enablecredsspsupport", "RDP102"]),
    DisconnectCode(
      0xD09, nil,
      meaning:
        "Local policy requires credentials typed in the Windows Security dialog, and the remote side cannot accept them (\(dialogTable)).",
      causes:
        "That CredSSP turned off with a client-side prompt leads here is an inference from the message, not documented.",
      related: ["enablecredsspsupport", "prompt for credentials on client", "RDP108"]),
    DisconnectCode(
      0xE09, nil, meaning: "The remote computer does not support Restricted Administration mode (\(dialogTable)).",
      causes:
        "Restricted Admin or Remote Credential Guard was asked for (by mstsc switches or policy; no documented .rdp key turns them on) and the target cannot do it; Remote Credential Guard needs Kerberos, which IP-address targets normally do not get.",
      related: ["RDP109", "RDP110"]),
    DisconnectCode(
      0x1B07, "SSL_ERR_CERT_EXPIRED",
      meaning: "The received certificate expired or is invalid, or the clocks differ widely (\(apiTable)).",
      causes:
        "A server-side certificate problem; no setting of the file repairs it (authentication level only changes how the client reacts).",
      related: ["authentication level", "RDP106"]),
    DisconnectCode(
      0x2107, "SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER",
      meaning: "The server's policy refuses saved credentials (\(apiTable)).",
      causes:
        "A saved password (password 51, or the credential store) meets a server that always asks for the password.",
      related: ["password 51", "RDP402"]),
    DisconnectCode(
      0x300_0003, nil,
      meaning: "The gateway's certificate does not name the gateway the file asks for (\(dialogTable)).",
      causes: "gatewayhostname is not a name on the gateway's certificate (an IP address, a short name, another host).",
      related: ["gatewayhostname", "RDP304", "RDP306"]),
    DisconnectCode(
      0x300_0006, nil, meaning: "The gateway's certificate has expired (\(dialogTable)).",
      causes: "A gateway-side certificate problem; no setting of the file repairs it.", related: ["gatewayhostname"]),
    DisconnectCode(
      0x300_0007, nil, meaning: "The gateway's certificate is not trusted by the client (\(dialogTable)).",
      causes: "A gateway certificate from an authority the client does not trust; no setting of the file repairs it.",
      related: ["gatewayhostname", "RDP304"]),
    DisconnectCode(
      0x300_000C, nil, meaning: "The gateway cannot be reached or its address is wrong (\(dialogTable)).",
      causes: "gatewayhostname does not resolve or its port is closed.",
      related: ["gatewayhostname", "RDP301", "RDP306"]),
    DisconnectCode(
      0x300_001B, nil,
      meaning:
        "The user is not in the gateway's permission list, or the target is given in a form the gateway does not accept (\(dialogTable)).",
      causes:
        "A NetBIOS (single-label) target behind a gateway that expects a fully qualified name or an IP address; or the gateway's policy.",
      related: ["full address", "RDP308"]),
    DisconnectCode(
      0x7, extended: true, "exDiscReasonServerDeniedConnection",
      meaning:
        "The server denied the connection (Microsoft's ExtendedDisconnectReasonCode table); the server sends it as error info 7 before it disconnects.",
      causes: """
        Microsoft does not publish which server conditions send it. Candidates to confirm in the server's event logs: connections \
        or logons disabled, a host in drain mode, a policy that rejects the security protocol offered, the address leading to \
        another machine that refuses. It is neither "wrong password" nor "not allowed to log on" (those are other codes).
        """,
      related: ["0x904", "full address", "RDP103"]),
    DisconnectCode(
      0x9, extended: true, "exDiscReasonServerInsufficientPrivileges",
      meaning: "The user lacks the right to connect (Microsoft's ExtendedDisconnectReasonCode table).",
      causes: "Server-side membership or policy; no setting of the file changes it.", related: []),
    DisconnectCode(
      0xA, extended: true, "exDiscReasonServerFreshCredsRequired",
      meaning:
        "The server requires fresh credentials rather than saved ones (Microsoft's ExtendedDisconnectReasonCode table).",
      causes: "A saved password meets a server that always asks.", related: ["password 51", "RDP402"]),
  ]
}
