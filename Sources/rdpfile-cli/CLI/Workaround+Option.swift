import RDPFile

extension Workaround {
  /// The option that asks for the workaround, for messages.
  var optionName: String {
    switch self {
    case .useIPAddress: "--use-ip"
    case .disableNLA: "--disable-nla"
    case .authenticationLevel(let level): "--auth-level \(level)"
    case .set(let setting): "--set '\(TextEscaper.brief(setting.key)):\(setting.type.letter):…'"
    case .unset(let key): "--unset '\(TextEscaper.brief(key))'"
    case .secureDefaults: "--secure-defaults"
    }
  }
}
