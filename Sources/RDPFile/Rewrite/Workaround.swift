/// One of the rewrites people apply to get past connection errors, as an explicit action.
///
/// Each knows whether it is safe and, when it is not, what it costs, so the tool can say so
/// once per run.
package enum Workaround: Sendable, Hashable {
  /// Replace the host in `full address` and `alternate full address` with its IP address.
  case useIPAddress(AddressFamily)
  /// Turn Network Level Authentication off (`enablecredsspsupport:i:0`).
  case disableNLA
  /// Set `authentication level` to a value.
  case authenticationLevel(Int)
  /// Set any setting.
  case set(Setting)
  /// Remove every line of a key.
  case unset(String)
  /// Undo the usual downgrades: CredSSP back on, authentication level 0 raised to 2, and
  /// security-layer negotiation back on.
  case secureDefaults

  /// The keys (lower case) the workaround may change: two different workarounds that share one
  /// contradict each other, and the order they were given in would silently decide.
  package var changedKeys: Set<String> {
    switch self {
    case .useIPAddress: ["full address", "alternate full address"]
    case .disableNLA: ["enablecredsspsupport"]
    case .authenticationLevel: ["authentication level"]
    case .set(let setting): [setting.normalizedKey]
    case .unset(let key): [PlainText.asciiLowercased(key)]
    case .secureDefaults: ["enablecredsspsupport", "authentication level", "negotiate security layer"]
    }
  }

  /// The first pair of `workarounds` that change the same key differently, with that key.
  package static func conflict(in workarounds: [Workaround]) -> (Workaround, Workaround, key: String)? {
    for (index, first) in workarounds.enumerated() {
      for second in workarounds[(index + 1)...] where first != second {
        if let key = first.changedKeys.intersection(second.changedKeys).sorted().first { return (first, second, key) }
      }
    }
    return nil
  }

  /// Whether the change leaves what every client connects with as it is. Every workaround
  /// that touches the connection is unsafe, including the ones that raise protection: they
  /// may stop a connection that works today.
  package var applicability: Applicability {
    switch self {
    case .useIPAddress, .disableNLA, .authenticationLevel, .secureDefaults: .unsafe
    case .set(let setting): Self.isSecurityRelevant(setting.key) ? .unsafe : .safe
    case .unset(let key): Self.isSecurityRelevant(key) ? .unsafe : .safe
    }
  }

  /// What an unsafe change costs, in a few sentences (`nil` for safe ones).
  package var cost: String? {
    switch self {
    case .useIPAddress:
      "connecting by IP address usually means NTLM instead of Kerberos and a server certificate that does not name the address: users get a certificate warning (or no connection at authentication level 1), and Entra sign-in and Remote Credential Guard stop working. An IPv6 address is written in brackets, as mstsc needs; FreeRDP 2.11 and 3.30 keep the brackets and cannot resolve them, so they cannot connect (rewrite to an IPv4 address for them). Use it to test name resolution, not as a permanent fix."
    case .disableNLA:
      "turning off Network Level Authentication exposes the server's logon screen before anyone has authenticated, sends the password into a session whose server may not be verified, and fails against servers that require NLA (error 0xB09)."
    case .authenticationLevel(0):
      "authentication level 0 connects without verifying the server and without any warning, so an attacker who can intercept or redirect the connection goes unnoticed."
    case .authenticationLevel(2):
      "authentication level 2 lets users click through a failed server verification; a warning people learn to accept protects little."
    case .authenticationLevel(1):
      "authentication level 1 refuses any server that cannot be verified: connections that work today through a certificate warning stop."
    case .authenticationLevel(let level):
      "authentication level \(level) sets no requirement for verifying the server."
    case .secureDefaults:
      "restoring secure defaults raises protection and undoes workarounds someone may have applied on purpose: servers without Network Level Authentication refuse the connection, users see a warning where the server cannot be verified, and clients negotiate the security layer again (FreeRDP may then fall back to TLS or standard RDP security where the server allows it)."
    case .set(let setting) where applicability == .unsafe:
      "'\(TextEscaper.escape(setting.key))' is a security-relevant setting; check what the new value allows."
    case .unset(let key) where applicability == .unsafe:
      "removing '\(TextEscaper.escape(key))' returns it to the client's default, which may be weaker."
    default:
      nil
    }
  }

  private static func isSecurityRelevant(_ key: String) -> Bool {
    PropertyCatalogue.property(named: key)?.isSecurityRelevant ?? false
  }

  /// The edits that make this change, with a description of each, against `document`.
  func edits(for context: EffectiveSettings, resolver: any HostResolver) throws(RewriteError) -> [(Edit, String)] {
    switch self {
    case .useIPAddress(let family):
      return try AddressRewriter(family: family, resolver: resolver).edits(for: context)
    case .disableNLA:
      return [(FixBuilder.set("enablecredsspsupport", .integer, "0", in: context), "set enablecredsspsupport to 0")]
    case .authenticationLevel(let level):
      return [
        (
          FixBuilder.set("authentication level", .integer, String(level), in: context),
          "set authentication level to \(level)"
        )
      ]
    case .set(let setting):
      guard
        context.lastLine(forKey: setting.key)?.setting.value != setting.value
          || context.lastLine(forKey: setting.key)?.syntax.type != setting.type
      else { return [] }
      let shown = SecretPolicy().display(setting.value, forKey: setting.key)
      return [
        (
          FixBuilder.set(setting.key, setting.type, setting.value, in: context),
          "set \(TextEscaper.escape(setting.key)) to \(shown)"
        )
      ]
    case .unset(let key):
      return context.lines(forKey: key).map {
        (Edit.deleteLine($0.index), "removed \(TextEscaper.escape($0.key)) (line \($0.index + 1))")
      }
    case .secureDefaults:
      var edits: [(Edit, String)] = []
      if let line = context.effectiveLine(.enableCredSSPSupport), line.integer.value == 0 {
        edits.append((.replaceValue(line: line.index, syntax: line.syntax, with: "1"), "set enablecredsspsupport to 1"))
      }
      if let line = context.effectiveLine(.authenticationLevel), line.integer.value == 0 {
        edits.append((.replaceValue(line: line.index, syntax: line.syntax, with: "2"), "set authentication level to 2"))
      }
      if let line = context.effectiveLine(.negotiateSecurityLayer), line.integer.value == 0 {
        edits.append(
          (.replaceValue(line: line.index, syntax: line.syntax, with: "1"), "set negotiate security layer to 1"))
      }
      return edits
    }
  }
}
