/// A client whose reading of `.rdp` files the project models, so that what a file does, and
/// whether a fix changes it, can be said per client.
public enum Client: String, Sendable, Hashable, CaseIterable {
  /// Windows' Remote Desktop Connection, as Microsoft documents it (`.rdp` parsing itself is
  /// undocumented; where it matters the model says what it assumes).
  case mstsc
  /// FreeRDP 2.11 (measured: Debian's 2.11.7, through its own parser).
  case freeRDP2 = "freerdp2"
  /// FreeRDP 3.30 (measured: 3.30.0 built from source; what it does with `/` lines holds from
  /// 3.28 on, earlier 3.x ran them as command-line options like 2.x).
  case freeRDP3 = "freerdp3"

  /// The client and version as messages name it.
  public var label: String {
    switch self {
    case .mstsc: "mstsc"
    case .freeRDP2: "FreeRDP 2.11"
    case .freeRDP3: "FreeRDP 3.30"
    }
  }
}
