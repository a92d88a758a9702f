/// Whether a fix may be applied without the user's explicit consent.
public enum Applicability: String, Sendable, Hashable, CaseIterable {
  /// Keeps the connection's destination and does not weaken security: applied by `rdpfile fix`.
  case safe
  /// Weakens security, changes where the client connects, changes behaviour a user may rely on,
  /// or invalidates a signature: applied only with `--unsafe-fixes`.
  case unsafe
}
