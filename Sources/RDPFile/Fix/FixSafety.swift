/// Checks what "safe" promises: applying a fix leaves what every modelled client connects with
/// (``ClientConnection``) exactly as it was. A fix a rule labels safe that fails this check is
/// treated as unsafe, with the change that makes it so; rules are tested to label honestly.
enum FixSafety {
  /// The first client whose connection `edits` would change, and how; `nil` when none would.
  static func change(of edits: [Edit], in document: RDPDocument, before: [ClientConnection]) -> String? {
    guard let after = try? document.applying(edits) else { return "it cannot be applied" }
    return change(from: before, to: after.connections)
  }

  /// How the connections differ, client by client, in a few words; `nil` when they do not.
  static func change(from before: [ClientConnection], to after: [ClientConnection]) -> String? {
    for (old, new) in zip(before, after) where !new.isSameConnection(as: old) {
      guard let difference = new.differences(from: old).first else { return "it changes what \(old.client.label) does" }
      if difference.name == "refuses the file" {
        return old.refusal != nil ? "\(old.client.label) would read the file it now refuses" : "\(old.client.label) would refuse the file"
      }
      return "it changes \(old.client.label)'s \(difference.name) from \(difference.theirs) to \(difference.mine)"
    }
    return nil
  }
}
