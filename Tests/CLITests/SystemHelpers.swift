import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A user and group created for one test, with no home, no shell and no password, removed when
/// the value is dropped: the share's ordinary user in attacks, or the ordinary user who runs
/// `rdpfile`. Only root can make one (CI runs as root).
final class UnprivilegedUser {
  let name: String
  let uid: uid_t
  let gid: gid_t

  /// Why one cannot be made here, or `nil`.
  static var unavailableReason: String? {
    if geteuid() != 0 { return "not running as root, so no test user can be created" }
    for tool in ["/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/bin/setpriv"]
    where !FileManager.default.isExecutableFile(atPath: tool) {
      return "\(tool) is missing"
    }
    return nil
  }

  init() throws {
    struct CannotCreate: Error { var reason: String }
    name = "rdpft" + String(UInt32.random(in: 0..<UInt32.max), radix: 36)
    let created = try runProcess(
      URL(fileURLWithPath: "/usr/sbin/useradd"),
      ["--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", name])
    guard created.status == 0, let entry = getpwnam(name) else { throw CannotCreate(reason: created.errors) }
    uid = entry.pointee.pw_uid
    gid = entry.pointee.pw_gid
  }

  deinit {
    _ = try? runProcess(URL(fileURLWithPath: "/usr/sbin/userdel"), [name])
  }

  /// Runs the built `rdpfile` as this user (no supplementary groups).
  func run(_ arguments: [String], directory: String? = nil) throws -> (status: Int32, output: String, errors: String) {
    let result = try runProcess(
      URL(fileURLWithPath: "/usr/bin/setpriv"),
      ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--", try builtExecutable().path] + arguments,
      environment: ["PATH": "/usr/bin:/bin"], directory: directory)
    return (result.status, String(decoding: result.output, as: UTF8.self), result.errors)
  }
}

/// Why measurements of memory or time would mean nothing here, or `nil`.
var measurementUnavailableReason: String? {
  if let sanitizer = ProcessInfo.processInfo.environment["RDPFILE_SANITIZER"] {
    return "built with the \(sanitizer) sanitizer, which multiplies memory and time"
  }
  if !FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") {
    return "python3 is missing (it measures peak memory)"
  }
  if releaseExecutable == nil {
    return
      "no release build (swift build -c release; .ci/run builds one first): a debug build's memory and time say little"
  }
  return nil
}

/// The release build, which is what users run and what memory and time are measured on (a
/// debug build is ten times slower). CI builds it before the tests.
let releaseExecutable: URL? = {
  let url = TestPaths.packageRoot.appendingPathComponent(".build/release/rdpfile")
  return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
}()

/// Runs the release binary and reports its exit status, its peak resident memory (from the
/// kernel's accounting of the one child of a small Python wrapper) and its wall time.
func measure(_ arguments: [String]) throws -> (status: Int32, megabytes: Double, seconds: Double, errors: String) {
  struct Unmeasured: Error {}
  guard let executable = releaseExecutable else { throw Unmeasured() }
  let script = """
    import resource, subprocess, sys, time
    start = time.monotonic()
    done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.monotonic() - start
    sys.stderr.buffer.write(done.stderr[:2000])
    print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, elapsed)
    """
  let result = try runProcess(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, executable.path] + arguments)
  let fields = String(decoding: result.output, as: UTF8.self).split(separator: " ").map {
    String($0).trimmingCharacters(in: .whitespacesAndNewlines)
  }
  guard fields.count == 3, let status = Int32(fields[0]), let kilobytes = Double(fields[1]),
    let seconds = Double(fields[2])
  else {
    throw Unmeasured()
  }
  return (status, kilobytes / 1024, seconds, result.errors)
}

/// Holds a `flock` on a file from this process, the way another user of a share could.
final class HeldLock {
  private let descriptor: Int32

  init(_ path: String, exclusive: Bool = false) {
    descriptor = open(path, O_RDONLY)
    _ = flock(descriptor, exclusive ? LOCK_EX : LOCK_SH)
  }

  func release() {
    _ = flock(descriptor, LOCK_UN)
  }

  deinit { close(descriptor) }
}
