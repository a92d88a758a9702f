import RDPFile

/// Reads a `KEY:TYPE:VALUE` argument and checks it against the catalogue, for `set`,
/// `fix --set` and `fix --unset`. Messages never echo a secret value.
enum SettingArgument {
  static func parse(_ text: String, option: String, force: Bool) throws(UsageError) -> Setting {
    guard let setting = Setting(parsing: text) else {
      let key = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
      let shown = SecretPolicy.isSecret(key: key) ? "\(TextEscaper.escape(key)):…" : TextEscaper.brief(text)
      throw UsageError("\(option): '\(shown)' is not a KEY:TYPE:VALUE setting (TYPE is i, s or b)")
    }
    try check(SettingRequest.problems(setting: setting), option: option, force: force)
    return setting
  }

  static func check(_ problems: [SettingRequest.Problem], option: String, force: Bool) throws(UsageError) {
    guard let problem = problems.first(where: { !$0.overridable }) ?? (force ? nil : problems.first) else { return }
    throw UsageError("\(option): \(problem)\(problem.overridable ? " (--force writes it anyway)" : "")")
  }
}
