/// One subcommand: how it is named and documented, how it reads its arguments, and what it
/// does. Commands parse everything first (`init(arguments:)`) and only then touch files.
protocol Command: Sendable {
  /// The name typed after `rdpfile`.
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// The usage line(s), without the leading `usage: `.
  static var usage: String { get }
  /// The full help text printed by `rdpfile help NAME`.
  static var help: String { get }

  init(arguments: [String]) throws(UsageError)
  func run(in context: CommandContext) -> ExitCode
}

extension Command {
  /// The text `rdpfile help NAME` and `rdpfile NAME --help` print.
  static var helpText: String {
    "usage: \(usage)\n\n\(summary)\n\n\(help)\n"
  }
}
