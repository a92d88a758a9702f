import Synchronization

/// Checks what "safe" promises for one document: applying a fix leaves what every modelled
/// client connects with (``ClientConnection``) exactly as it was. A fix a rule labels safe that
/// fails this check is treated as unsafe, with the change that makes it so; rules are tested to
/// label honestly.
///
/// Each check reads the whole document three times (once per client), so the work a document
/// may spend on checks is bounded (``lineBudget`` line readings): a real connection file, a few
/// hundred lines at most, has room for thousands of checks, while a pathological 16 MiB file of
/// millions of lines gets none. A fix that could not be checked is never called safe.
final class FixSafety: Sendable {
  /// The most line readings the checks of one document may cost.
  static let lineBudget = 300_000

  /// Why a fix that was not checked is not called safe.
  static let unchecked = "not checked against the clients: the file is too long to check every fix"

  private let document: RDPDocument
  /// The document's effective view and connection, which mstsc's model is built on.
  private let effective: EffectiveSettings
  private let connection: Connection
  private let state: Mutex<State>

  private struct State {
    var before: [ClientConnection]?
    var remaining = FixSafety.lineBudget
  }

  /// Checks for a document whose effective view and connection the caller already has.
  init(effective: EffectiveSettings, connection: Connection) {
    document = effective.document
    self.effective = effective
    self.connection = connection
    state = Mutex(State())
  }

  /// Checks for `document`.
  convenience init(document: RDPDocument) {
    let effective = document.effective
    self.init(effective: effective, connection: effective.connection)
  }

  /// What each client connects with from the document, computed once (outside the budget:
  /// the rules need it anyway).
  var connections: [ClientConnection] {
    state.withLock { state in
      if let before = state.before { return before }
      let computed = document.connections(effective: effective, connection: connection)
      state.before = computed
      return computed
    }
  }

  /// The first client whose connection `edits` would change, and how; `nil` when none would.
  /// ``unchecked`` when the budget does not allow the check.
  func change(of edits: [Edit]) -> String? {
    let cost = document.lines.count + 1
    let allowed = state.withLock { state in
      guard state.remaining >= cost else { return false }
      state.remaining -= cost
      return true
    }
    guard allowed else { return Self.unchecked }
    let before = connections
    guard let after = try? document.applying(edits) else { return "it cannot be applied" }
    return Self.change(from: before, to: after.connections)
  }

  /// How the connections differ, client by client, in a few words; `nil` when they do not.
  static func change(from before: [ClientConnection], to after: [ClientConnection]) -> String? {
    for (old, new) in zip(before, after) where !new.isSameConnection(as: old) {
      guard let difference = new.differences(from: old).first else { return "it changes what \(old.client.label) does" }
      if difference.name == "refuses the file" {
        return old.refusal != nil
          ? "\(old.client.label) would read the file it now refuses" : "\(old.client.label) would refuse the file"
      }
      return "it changes \(old.client.label)'s \(difference.name) from \(difference.theirs) to \(difference.mine)"
    }
    return nil
  }
}
