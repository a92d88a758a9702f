import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and collects what it prints, without a shell and without Foundation.
///
/// Standard input is written into the pipe before the program starts and must fit in the pipe's
/// buffer (it carries small things such as a PEM key), so the program can never leave us
/// blocked on a write or killed by SIGPIPE. Pipes are made close-on-exec and programs are
/// started one at a time, so a program started by one worker thread never inherits another
/// worker's pipes. A program gets a wall-clock deadline (a key path that turns out to be a pipe
/// would otherwise keep OpenSSL waiting forever) and a limit on what it may print.
struct Subprocess: Sendable {
  /// What a finished program left behind.
  struct Result: Sendable {
    var status: Int32
    var output: [UInt8]
    var errors: [UInt8]
  }

  /// Why a program could not be run at all.
  struct LaunchError: Error, Sendable {
    var message: String
  }

  /// The most standard input may carry (a pipe holds 64 KiB on Linux).
  static let inputLimit = 60 * 1024

  /// Serializes pipe creation and spawning (see above).
  private static let spawning = Mutex(())

  var executable: String
  /// The program's environment (the command's own, so that tests stay hermetic).
  var environment: [String: String]
  /// How long the program may run, in seconds, before it is killed.
  var timeout = 60.0
  /// The most it may print on each stream.
  static let outputLimit = 16 << 20

  /// Runs the program with `arguments`, feeding it `input`.
  func run(_ arguments: [String], input: [UInt8] = []) throws(LaunchError) -> Result {
    guard input.count <= Self.inputLimit else {
      throw LaunchError(message: "input of \(input.count) bytes is too large for a pipe")
    }
    // [standard input, standard output, standard error], each [read end, write end].
    var pipes: [[Int32]] = [[-1, -1], [-1, -1], [-1, -1]]
    defer { for descriptor in pipes.joined() where descriptor >= 0 { close(descriptor) } }
    let pid = try Self.spawning.withLock { _ throws(LaunchError) -> pid_t in
      try spawn(arguments, input: input, &pipes)
    }
    let drained = Self.drain(pipes[1][0], pipes[2][0], until: monotonicSeconds() + timeout)
    if drained == nil { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    guard let (output, errors) = drained else {
      throw LaunchError(
        message:
          "\(executable) did not finish within \(Int(timeout)) seconds (or printed more than \(Self.outputLimit) bytes) and was stopped"
      )
    }
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: exitStatus, output: output, errors: errors)
  }

  private func spawn(_ arguments: [String], input: [UInt8], _ pipes: inout [[Int32]]) throws(LaunchError) -> pid_t {
    for index in pipes.indices {
      guard pipe(&pipes[index]) == 0 else { throw LaunchError(message: "cannot create a pipe: \(systemError())") }
      for descriptor in pipes[index] { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    }
    var written = 0
    while written < input.count {
      let count = input[written...].withUnsafeBytes { write(pipes[0][1], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw LaunchError(message: "cannot write to a pipe: \(systemError())") }
      written += count
    }
    close(pipes[0][1])
    pipes[0][1] = -1

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
    posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with default signal handling and nothing blocked, whatever we set up.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &none)
    // A new session has no controlling terminal, so a program can never stop to ask for a
    // password on /dev/tty (glibc's POSIX_SPAWN_SETSID, 0x80, is not exported to Swift).
    let newSession: Int32 = 0x80
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | newSession))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw LaunchError(message: "cannot run \(executable): \(systemError(spawned))") }
    // Our copies of the child's ends must go, or the reads would never see the end.
    for (pipe, end) in [(0, 0), (1, 1), (2, 1)] {
      close(pipes[pipe][end])
      pipes[pipe][end] = -1
    }
    return pid
  }

  /// Reads both pipes to their end, whichever the program fills first; `nil` when the
  /// deadline passes or a stream grows past the limit first.
  private static func drain(_ first: Int32, _ second: Int32, until deadline: Double) -> ([UInt8], [UInt8])? {
    var collected: [[UInt8]] = [[], []]
    var descriptors = [
      pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0),
    ]
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while descriptors.contains(where: { $0.fd >= 0 }) {
      let remaining = deadline - monotonicSeconds()
      guard remaining > 0 else { return nil }
      let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining * 1000 + 1, 60_000)))
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      if ready == 0 { continue }
      for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(descriptors[index].fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        if count <= 0 {
          descriptors[index].fd = -1
        } else {
          collected[index] += buffer[0..<count]
          if collected[index].count > outputLimit { return nil }
        }
      }
    }
    return (collected[0], collected[1])
  }

  /// The first executable file named `name` on `PATH`, or `name` itself when it holds a slash.
  static func find(_ name: String, path: String?) -> String? {
    if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
    for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
