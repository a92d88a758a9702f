import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// The `rdpfile` command: dispatches to subcommands and maps every outcome to an exit code.
@main
enum RDPFileTool {
  static let version = "0.1.0"

  /// The version and the build: the commit a release was built from (`scripts/release.sh`
  /// records it), or a note that this is a build from a working copy.
  static var versionLine: String {
    "rdpfile \(version) (\(BuildInfo.commit.map { "commit \($0)" } ?? "built from a working copy; no commit recorded"))"
  }

  static let commands: [any Command.Type] = [
    LintCommand.self, FixCommand.self, ShowCommand.self, GetCommand.self, SetCommand.self, UnsetCommand.self,
    SignCommand.self, VerifyCommand.self, TriageCommand.self, DoctorCommand.self, RulesCommand.self,
    ExplainCommand.self, CompletionsCommand.self, ManpageCommand.self,
  ]

  static func main() {
    let context = CommandContext.system()
    raiseOpenFileLimit()
    let code = run(rawArguments(), in: context)
    context.output.flush()
    context.errors.flush()
    exit(code.rawValue)
  }

  /// Runs one command line in `context`; everything the tool does goes through here.
  static func run(_ arguments: [String], in context: CommandContext) -> ExitCode {
    guard let first = arguments.first else {
      context.errors.write(overview)
      return .usage
    }
    switch first {
    case "-h", "--help":
      context.output.write(overview)
      return .success
    case "-V", "--version", "version":
      context.output.line(versionLine)
      return .success
    case "help":
      guard arguments.count > 1 else {
        context.output.write(overview)
        return .success
      }
      guard let command = command(named: arguments[1]) else {
        context.error("no command named '\(TextEscaper.escape(arguments[1]))'; run 'rdpfile --help' for the list")
        return .usage
      }
      context.output.write(command.helpText)
      return .success
    default:
      break
    }
    guard let type = command(named: first) else {
      context.error("no command named '\(TextEscaper.escape(first))'; run 'rdpfile --help' for the list")
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains(where: { $0 == "-h" || $0 == "--help" }), !rest.contains("--") {
      context.output.write(type.helpText)
      return .success
    }
    do {
      let command = try type.init(arguments: rest)
      return command.run(in: context)
    } catch {
      context.error("\(type.name): \(error.message)")
      context.errors.line("usage: \(type.usage)")
      return .usage
    }
  }

  /// The arguments as the system passed them: an argument that is not UTF-8 (a file name in
  /// another encoding) keeps its bytes (see ``PathName``), where `CommandLine.arguments` would
  /// replace them and so name another file.
  static func rawArguments() -> [String] {
    (1..<Int(CommandLine.argc)).compactMap { index in
      CommandLine.unsafeArgv[index].map { pointer in
        PathName.argument(fromRaw: Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))))
      }
    }
  }

  /// Folder walks keep one descriptor per level of nesting open; allow as many as the system
  /// lets this process have.
  static func raiseOpenFileLimit() {
    var limit = rlimit()
    guard getrlimit(openFileLimitResource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
    limit.rlim_cur = limit.rlim_max
    _ = setrlimit(openFileLimitResource, &limit)
  }

  private static let openFileLimitResource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)

  static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.name == name }
  }

  static var overview: String {
    let width = commands.map { $0.name.count }.max() ?? 0
    let list = commands.map { type in
      "  \(type.name)\(String(repeating: " ", count: width - type.name.count))  \(type.summary)"
    }
    return """
      rdpfile \(version): read, check and rewrite Remote Desktop connection files (.rdp)
      without losing a byte.

      usage: rdpfile COMMAND [OPTIONS] [ARGUMENTS]

      commands:
      \(list.joined(separator: "\n"))

      Run 'rdpfile help COMMAND' for the options of one command.
      Exit status: 0 clean, 1 findings (or changes with --check), 2 a file could not be
      read or written, 64 a mistake on the command line.

      """
  }
}
