import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

#if canImport(Glibc)
  import Glibc
#endif

/// An administrator (root, in CI) rewrites a share that other people can write to. Each test is
/// one attack or accident from the adversarial review, replayed: it must fail, and nothing
/// outside the share may change.
@Suite("A hostile shared folder cannot turn a writer against the machine")
struct HostileShareTests {
  static let text = "full address:s:ts.example.com\nauthentication level:i:0\n"
  static let changed = text + "session bpp:i:32\n"
  /// A change every writer can make without touching security settings.
  static let change = ["--set", "session bpp:i:32"]

  /// share/a.rdp, share/b/x.rdp, and outside/x.rdp: the file an attacker wants rewritten.
  func makeShare() throws -> (TemporaryFolder, share: String, outside: String) {
    let folder = try TemporaryFolder()
    try folder.write("share/a.rdp", text: Self.text)
    try folder.write("share/b/x.rdp", text: Self.text)
    try folder.write("outside/x.rdp", text: Self.text)
    return (folder, folder.path + "/share", folder.path + "/outside")
  }

  /// Replaces share/b by a link to the outside folder (the original moves to share/.b).
  static func swapForLink(share: String, outside: String) {
    _ = rename(share + "/b", share + "/.b")
    _ = symlink(outside, share + "/b")
  }

  // MARK: 1 and 2: the walk and the backup cannot leave the folder

  @Test("1. a subfolder swapped for a link after it was listed: nothing outside is read or written")
  func walkEscape() throws {
    let (folder, share, outside) = try makeShare()
    let operations = FaultyFileOperations()
    // The moment the first file is opened, the folder has been listed: swap b for a link.
    operations.beforeOpen = { path in
      if path.hasSuffix("/share/a.rdp") { Self.swapForLink(share: share, outside: outside) }
    }
    let result = runTool(["fix", "--jobs", "1"] + Self.change + [share], fileOperations: operations)
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(try folder.bytes("outside/x.rdp") == Array(Self.text.utf8), "the file outside was rewritten")
    #expect(try folder.listing().filter { $0.hasPrefix("outside/") } == ["outside/x.rdp"], "nothing new outside")
    // The folder that was listed is the one written: it now sits at share/.b.
    #expect(try folder.bytes("share/.b/x.rdp") == Array(Self.changed.utf8))
  }

  @Test(
    "1. the reproduction: a reader's lock pauses the run while b is swapped for a link; the built binary stays inside",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
  func walkEscapeWithLockPause() throws {
    let (folder, share, outside) = try makeShare()
    let lock = HeldLock(share + "/a.rdp")
    let process = Process()
    process.executableURL = try builtExecutable()
    process.arguments = ["fix", "--jobs", "1"] + Self.change + [share]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(500_000)  // the run waits for a.rdp's lock
    Self.swapForLink(share: share, outside: outside)
    usleep(300_000)
    lock.release()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try folder.bytes("outside/x.rdp") == Array(Self.text.utf8), "the file outside was rewritten")
    #expect(try folder.bytes("share/a.rdp") == Array(Self.changed.utf8))
  }

  @Test("2. backups: never through a swapped path, never before the change check, same owner and mode, reported")
  func backupEscape() throws {
    let (folder, share, outside) = try makeShare()
    chmod(outside, 0o700)  // a folder only root may write
    if geteuid() == 0 {
      chown(share + "/a.rdp", 4242, 4242)
      chmod(share + "/a.rdp", 0o4755)
    }
    let operations = FaultyFileOperations()
    operations.beforeOpen = { path in
      if path.hasSuffix("/share/a.rdp") { Self.swapForLink(share: share, outside: outside) }
    }
    let result = runTool(
      ["fix", "--jobs", "1", "--backup", ".orig"] + Self.change + [share], fileOperations: operations)
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(try folder.listing().filter { $0.hasPrefix("outside/") } == ["outside/x.rdp"], "nothing new outside")
    #expect(result.output.contains("original kept as \(share)/a.rdp.orig"))
    #expect(try folder.bytes("share/a.rdp.orig") == Array(Self.text.utf8))
    if geteuid() == 0 {
      let backup = try #require(statusOf(path: share + "/a.rdp.orig"))
      let replaced = try #require(statusOf(path: share + "/a.rdp"))
      #expect(backup.st_uid == 4242 && backup.st_mode & 0o7777 == 0o4755, "the backup is the original inode")
      #expect(replaced.st_uid == 4242 && replaced.st_mode & 0o7777 == 0o4755, "the owner keeps their file and its bits")
    }

    // A file saved by someone else just before the swap gets no backup and stays theirs.
    let path = try folder.write("late/c.rdp", text: Self.text)
    let saving = FaultyFileOperations()
    saving.beforeRename = { original in
      try? Data("full address:s:saved.example.com\n".utf8).write(to: URL(fileURLWithPath: original))
    }
    let raced = runTool(["fix", "--backup", ".orig"] + Self.change + [path], fileOperations: saving)
    #expect(raced.exitCode == .failure)
    #expect(
      try folder.listing().filter { $0.hasPrefix("late/") } == ["late/c.rdp"],
      "no backup of a file that was not replaced")
  }

  // MARK: 3: access rules survive

  static let aclTools = ["/usr/bin/setfacl", "/usr/bin/getfacl", "/usr/bin/setfattr", "/usr/bin/getfattr"]
  static var aclUnavailable: String? {
    aclTools.first { !FileManager.default.isExecutableFile(atPath: $0) }.map {
      "\($0) is missing (CI installs acl and attr)"
    }
  }

  static func tool(_ name: String, _ arguments: [String]) throws -> String {
    let result = try runProcess(URL(fileURLWithPath: "/usr/bin/" + name), arguments)
    return String(decoding: result.output, as: UTF8.self) + result.errors
  }

  @Test(
    "3. ACLs, extended attributes, mode and owner are carried over; what cannot be carried is refused",
    .disabled(if: aclUnavailable != nil))
  func accessRules() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text + "password:s:Hunter2\n")
    _ = try Self.tool("setfacl", ["-m", "u:nobody:rw", path])
    chmod(path, 0o640)  // after setfacl, which recomputes the mask: now r--, so nobody may only read
    _ = try Self.tool("setfattr", ["-n", "user.note", "-v", "kept", path])
    let acl = try Self.tool("getfacl", ["-p", path])
    let attributes = try Self.tool("getfattr", ["-d", "-m", "-", path])
    #expect(acl.contains("user:nobody:rw-\t#effective:r--"), "the test ACL is in place: \(acl)")

    let result = runTool(["fix"] + Self.change + [path])
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(try folder.bytes("a.rdp") != Array((Self.text + "password:s:Hunter2\n").utf8), "the file was rewritten")
    #expect(try Self.tool("getfacl", ["-p", path]) == acl, "the ACL and its mask are unchanged")
    #expect(try Self.tool("getfattr", ["-d", "-m", "-", path]) == attributes)
    #expect(try #require(statusOf(path: path)).st_mode & 0o7777 == 0o640)

    // A folder's default ACL must not give the replacement an ACL the original did not have.
    let plain = try folder.write("inherit/b.rdp", text: Self.text)
    _ = try Self.tool("setfacl", ["-d", "-m", "u:nobody:rwx", folder.path + "/inherit"])
    _ = try Self.tool("setfacl", ["-b", plain])
    let before = try Self.tool("getfacl", ["-p", plain])
    #expect(runTool(["fix"] + Self.change + [plain]).exitCode == .success)
    #expect(try Self.tool("getfacl", ["-p", plain]) == before)

    // An attribute that cannot be set: the file is left as it was, with nothing beside it.
    let refusing = FaultyFileOperations()
    refusing.failSetAttribute = ENOTSUP
    let bytes = try folder.bytes("a.rdp")
    let refused = runTool(["fix", "--set", "session bpp:i:16", path], fileOperations: refusing)
    #expect(refused.exitCode == .failure)
    #expect(
      refused.errors.contains("a.rdp: cannot give the new file the original's extended attribute"), "\(refused.errors)")
    #expect(try folder.bytes("a.rdp") == bytes)
    #expect(try folder.listing().filter { $0.contains("rdpfile") }.isEmpty)
  }

  @Test("3. the new file starts at 0600 and gets its owner before its mode; it is never wider than the original")
  func temporaryFileNeverWider() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    chmod(path, 0o640)
    let operations = FaultyFileOperations()
    var seen: stat?
    operations.beforeExchange = { directory, first, _ in seen = operations.stat(in: directory, first) }
    #expect(runTool(["fix"] + Self.change + [path], fileOperations: operations).exitCode == .success)
    let temporary = try #require(seen)
    #expect(temporary.st_mode & 0o7777 == 0o640)
    let calls = operations.metadataCalls
    if let owner = calls.firstIndex(of: "fchown"), let mode = calls.firstIndex(of: "fchmod") { #expect(owner < mode) }
    #expect(calls.contains("fchmod"))
  }

  // MARK: 4: no save is lost

  @Test(
    "4. an editor saving by rename every 1.5 ms while fix runs 300 times loses no save",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
  func lostUpdate() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("conn.rdp", text: "desktopwidth:i:0\nauthentication level:i:0\n")
    let temporary = folder.path + "/.editor-save"
    let state = EditorState()
    let editor = Thread {
      var version = 0
      while !state.stopped {
        version += 1
        let text = "desktopwidth:i:\(version)\nauthentication level:i:0\n"
        try? Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        _ = rename(temporary, path)
        usleep(1500)
        // The file must hold this save (possibly with fix's line added), not an older version.
        // A writer may show its file for the microseconds before it sees the save and swaps it
        // back; a lost save never comes back, so wait (without saving) up to 200 ms for it.
        var found = -1
        for _ in 0..<200 {
          let now = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
          found =
            now.split(separator: "\n").first { $0.hasPrefix("desktopwidth:i:") }.flatMap { Int($0.dropFirst(15)) } ?? -1
          if found == version { break }
          usleep(1000)
        }
        if found != version { state.record(lost: "saved \(version), found \(found)") }
      }
      state.finish(last: version)
    }
    editor.start()
    var outcomes: [Int32: Int] = [:]
    for _ in 0..<300 { outcomes[try runBinary(["fix"] + Self.change + [path]).status, default: 0] += 1 }
    state.stop()
    let (last, lost) = state.waitUntilDone()
    print("lost-update test: \(last) saves, fix exit codes \(outcomes.sorted { $0.key < $1.key })")
    #expect(lost.isEmpty, "saves lost: \(lost.prefix(5))")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("desktopwidth:i:\(last)\n"))
    let listing = try folder.listing()
    #expect(listing.filter { $0.hasSuffix(".tmp") }.isEmpty, "no temporary file left")
    // Only when two saves land within the microseconds of one replacement is the one the second
    // superseded kept aside (reported as such); never a loss.
    print("lost-update test: superseded saves kept aside: \(listing.filter { $0.contains("rdpfile-displaced") }.count)")
    #expect((outcomes[0] ?? 0) > 0, "some runs did change the file")
  }

  /// What the editor thread shares with the test, behind a lock ThreadSanitizer can follow
  /// (``SharedState``: a contended `Mutex` hands over inside the kernel, where the sanitizer
  /// does not see it, and CI's sanitizer run reported that handover as a race here).
  final class EditorState: Sendable {
    private struct Shared {
      var stop = false
      var done = false
      var last = 0
      var lost: [String] = []
    }
    private let shared = SharedState(Shared())

    var stopped: Bool { shared.withLock { $0.stop } }
    func stop() { shared.withLock { $0.stop = true } }
    func record(lost: String) { shared.withLock { $0.lost.append(lost) } }
    func finish(last: Int) {
      shared.withLock {
        $0.last = last
        $0.done = true
      }
    }

    /// The last save and the lost ones, once the editor has finished.
    func waitUntilDone() -> (last: Int, lost: [String]) {
      while true {
        if let result = shared.withLock({ $0.done ? ($0.last, $0.lost) : nil }) { return result }
        usleep(1000)
      }
    }
  }

  // MARK: 5: backups never overwrite

  @Test("5. a second --backup run keeps the first backup; a suffix ending in .rdp is refused; nothing is overwritten")
  func backupsNeverOverwrite() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    try folder.write("a.rdp.bak", text: "not ours\n")
    #expect(runTool(["fix", "--backup", ".bak", "--set", "session bpp:i:16", path]).exitCode == .success)
    #expect(runTool(["fix", "--backup", ".bak", "--set", "session bpp:i:32", path]).exitCode == .success)
    #expect(try folder.bytes("a.rdp.bak") == Array("not ours\n".utf8))
    #expect(try folder.bytes("a.rdp.bak.1") == Array(Self.text.utf8), "the true original")
    #expect(try folder.bytes("a.rdp.bak.2") == Array((Self.text + "session bpp:i:16\n").utf8))
    let refused = runTool(["fix", "--backup", ".RDP"] + Self.change + [path])
    #expect(refused.exitCode == .usage)
    #expect(refused.errors.contains("a suffix ending in .rdp would make backups look like connection files"))
  }

  // MARK: 6: a lock cannot freeze the run

  @Test(
    "6. a file someone keeps locked is skipped after --lock-timeout; SIGTERM ends the wait at once",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
  func lockHang() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    let other = try folder.write("b.rdp", text: Self.text)
    let lock = HeldLock(path)
    let started = Date()
    let result = try runBinary(["fix", "--lock-timeout", "1"] + Self.change + [path, other])
    let elapsed = Date().timeIntervalSince(started)
    #expect(result.status == 2)
    #expect(result.errors.contains("a.rdp: locked by another program for 1 s; skipped"), "\(result.errors)")
    #expect(elapsed < 30, "took \(elapsed) s")
    #expect(try folder.bytes("a.rdp") == Array(Self.text.utf8))
    #expect(try folder.bytes("b.rdp") == Array(Self.changed.utf8), "the other files are done")

    let process = Process()
    process.executableURL = try builtExecutable()
    process.arguments = ["fix"] + Self.change + [path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    usleep(500_000)
    let signalled = Date()
    kill(process.processIdentifier, SIGTERM)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(Date().timeIntervalSince(signalled) < 5)
    #expect(process.terminationStatus == 2)
    #expect(stderr.contains("interrupted by signal \(SIGTERM)"))
    lock.release()
  }

  // MARK: 7: bounded memory and time

  @Test(
    "7. pathological 16 MiB files: peak memory at most 512 MB for lint and fix (time printed, not asserted)",
    .disabled(if: measurementUnavailableReason != nil, "\(measurementUnavailableReason ?? "")"))
  func boundedMemory() throws {
    let folder = try TemporaryFolder()
    let size = 16 << 20
    var random = SystemRandomNumberGenerator()
    var noise = [UInt8](repeating: 0, count: size)
    for index in noise.indices { noise[index] = UInt8.random(in: 0...255, using: &random) }
    /// `unit` repeated to fill `size` bytes (after `prefix`).
    func filled(_ unit: String, prefix: [UInt8] = []) -> [UInt8] {
      let pattern = Array(unit.utf8)
      var bytes = prefix
      bytes.reserveCapacity(size)
      while bytes.count + pattern.count <= size { bytes.append(contentsOf: pattern) }
      return bytes
    }
    let shapes: [(String, [UInt8])] = [
      ("lone CRs", [UInt8](repeating: 0x0D, count: size)),
      ("one-byte lines", filled("a\n")),
      ("shortest settings", filled("a:i:\n")),
      ("one duplicated key", filled("desktopwidth:i:1\n")),
      ("one line", [UInt8](repeating: 0x61, count: size)),
      ("NUL bytes", [UInt8](repeating: 0, count: size)),
      ("random bytes", noise),
      (
        "UTF-16 lines",
        RDPDocument(
          text: String(repeating: "a\r\n", count: (size - 2) / 6), encoding: .utf16LittleEndian, byteOrderMark: true
        ).serialized()
      ),
    ]
    for (name, bytes) in shapes {
      let path = try folder.write("shape.rdp", bytes)
      for arguments in [["lint", "--quiet", path], ["fix", "--unsafe-fixes", path]] {
        let run = try measure(arguments)
        print(
          "bounded memory: \(arguments[0]) \(name): \(Int(run.megabytes)) MB peak, \(String(format: "%.1f", run.seconds)) s, exit \(run.status)"
        )
        #expect(run.megabytes <= 512, "\(arguments[0]) \(name): \(run.megabytes) MB")
        #expect([0, 1, 2].contains(run.status), "\(arguments[0]) \(name): \(run.errors)")
      }
    }
  }

  // MARK: 8: a normal user cannot take over files

  @Test(
    "8. a normal user's run leaves others' files (and their setuid bits) alone and keeps their own file theirs",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"),
    .disabled(if: UnprivilegedUser.unavailableReason != nil, "\(UnprivilegedUser.unavailableReason ?? "")"))
  func ownership() throws {
    let user = try UnprivilegedUser()
    let folder = try TemporaryFolder()
    chmod(folder.path, 0o755)
    let share = folder.path + "/share"
    let rootFile = try folder.write("share/root.rdp", text: Self.text)
    let setuid = try folder.write("share/setuid.rdp", text: Self.text)
    let own = try folder.write("share/own.rdp", text: Self.text)
    let readOnly = try folder.write("share/readonly.rdp", text: Self.text)
    chmod(share, 0o777)  // a folder everybody may write, as shares often are
    chmod(rootFile, 0o666)  // even writable for everybody: replacing it would still make it the user's
    chmod(setuid, 0o4777)
    chown(own, user.uid, user.gid)
    chown(readOnly, user.uid, user.gid)
    chmod(readOnly, 0o444)
    let result = try user.run(["fix"] + Self.change + [share])
    #expect(result.status == 2)
    #expect(result.errors.contains("root.rdp: owned by another user (uid 0)"), "\(result.errors)")
    #expect(result.errors.contains("setuid.rdp: owned by another user (uid 0)"))
    #expect(result.errors.contains("readonly.rdp: read-only file; left unchanged"))
    for (path, name) in [(rootFile, "share/root.rdp"), (setuid, "share/setuid.rdp"), (readOnly, "share/readonly.rdp")] {
      #expect(try folder.bytes(name) == Array(Self.text.utf8), "\(name)")
      #expect(statusOf(path: path)?.st_uid == (name == "share/readonly.rdp" ? user.uid : 0))
    }
    #expect((statusOf(path: setuid)?.st_mode ?? 0) & 0o7777 == 0o4777)
    #expect(try folder.bytes("share/own.rdp") == Array(Self.changed.utf8))
    #expect(statusOf(path: own)?.st_uid == user.uid)
  }

  // MARK: 9: secrets

  @Test("9. a secret value never reaches an error message")
  func secretInErrors() {
    for arguments in [
      ["set", "f.rdp", "password:q:EchoedSecret5"], ["fix", "f.rdp", "--set", "password:q:EchoedSecret5"],
      ["set", "f.rdp", "password:s:Echoed\u{7}Secret5"],
    ] {
      let result = runTool(arguments)
      #expect(result.exitCode == .usage)
      #expect(
        !(result.output + result.errors).contains("EchoedSecret5")
          && !(result.output + result.errors).contains("Secret5"), "\(arguments): \(result.errors)")
    }
  }

  // MARK: 10: nothing hangs

  @Test(
    "10. a key path inside the hiding phrase, endless standard input and a pipe in place of a file all end promptly",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
  func noHangs() throws {
    let folder = try TemporaryFolder()
    try folder.write("key", text: "not a key\n")
    try folder.write("cert.pem", text: "not a certificate\n")
    let file = try folder.write("a.rdp", text: Self.text)
    let started = Date()
    let signing = try runProcess(
      try builtExecutable(), ["sign", "--cert", "cert.pem", "--key", "key", file], directory: folder.path)
    #expect(signing.status == 2, "\(signing.errors)")
    #expect(Date().timeIntervalSince(started) < 30)

    let zero = try runProcess(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" show - < /dev/zero", try builtExecutable().path])
    #expect(zero.status == 2)
    #expect(zero.errors.contains("<stdin>: over the 16777216-byte limit"))

    let fifo = folder.path + "/pipe.rdp"
    #expect(mkfifo(fifo, 0o644) == 0)
    for arguments in [
      ["set", fifo, "session bpp:i:32"], ["unset", fifo, "username"], ["lint", fifo], ["show", fifo],
    ] {
      let result = try runBinary(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.errors.contains("pipe.rdp: not a regular file (a named pipe)"), "\(arguments): \(result.errors)")
    }
    #expect(Date().timeIntervalSince(started) < 60)
  }

  // MARK: 11: nothing is skipped silently, no name maps to another file

  @Test(
    "11. a folder the user cannot open is an error, and fix --check fails on it",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"),
    .disabled(if: UnprivilegedUser.unavailableReason != nil, "\(UnprivilegedUser.unavailableReason ?? "")"))
  func unreadableFolder() throws {
    let user = try UnprivilegedUser()
    let folder = try TemporaryFolder()
    chmod(folder.path, 0o755)
    try folder.write("share/locked/a.rdp", text: Self.text)
    try folder.write("share/open.rdp", text: "full address:s:ts.example.com\n")
    chmod(folder.path + "/share", 0o755)
    chmod(folder.path + "/share/locked", 0o700)
    let check = try user.run(["fix", "--check", folder.path + "/share"])
    #expect(check.status == 2)
    #expect(check.errors.contains("share/locked: cannot read: Permission denied"), "\(check.errors)")
    let lint = try user.run(["lint", folder.path + "/share"])
    #expect(lint.status == 2)
  }

  @Test("11. a folder nested deeper than PATH_MAX is walked, checked and fixed")
  func deeperThanPathMax() throws {
    let folder = try TemporaryFolder()
    var descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
    let component = String(repeating: "d", count: 200)
    for _ in 0..<25 {  // 25 × 201 bytes: beyond PATH_MAX (4096)
      mkdirat(descriptor, component, 0o755)
      let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
      close(descriptor)
      descriptor = next
    }
    let file = openat(descriptor, "deep.rdp", O_CREAT | O_WRONLY, 0o644)
    _ = Self.text.withCString { write(file, $0, strlen($0)) }
    close(file)
    let check = runTool(["fix", "--auth-level", "2", "--check", folder.path])
    #expect(check.exitCode == .findings, "\(check.errors)")
    let fix = runTool(["fix"] + Self.change + [folder.path])
    #expect(fix.exitCode == .success, "\(fix.errors)")
    #expect(fix.output.contains("scanned 1 file: 1 changed"))
    var buffer = [UInt8](repeating: 0, count: 200)
    let reader = openat(descriptor, "deep.rdp", O_RDONLY)
    let count = read(reader, &buffer, buffer.count)
    close(reader)
    close(descriptor)
    #expect(Array(buffer[0..<max(0, count)]) == Array(Self.changed.utf8))
    // Remove the tree from the bottom, relative to each folder (rm cannot name it either).
    _ = try runProcess(URL(fileURLWithPath: "/bin/rm"), ["-rf", folder.path + "/" + component])
  }

  @Test(
    "11. a name that is not UTF-8 on the command line names that file, not another",
    .enabled(if: BuiltTool.executable != nil, "the rdpfile executable is not built"))
  func rawCommandLineName() throws {
    let folder = try TemporaryFolder()
    let raw = Array((folder.path + "/bad").utf8) + [0xFF] + Array(".rdp".utf8)
    try writeRaw(raw, Array(Self.text.utf8))
    try folder.write("bad\u{FFFD}.rdp", text: Self.text)
    let result = try runProcess(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", "exec \"$0\" set \"$1/bad$(printf '\\377').rdp\" 'session bpp:i:32'", try builtExecutable().path,
        folder.path,
      ])
    #expect(result.status == 0, "\(result.errors)")
    #expect(String(decoding: result.output, as: UTF8.self).contains("bad\\xFF.rdp: changed"))
    #expect(try readRaw(raw) == Array(Self.changed.utf8))
    #expect(try folder.bytes("bad\u{FFFD}.rdp") == Array(Self.text.utf8), "the look-alike name is untouched")
  }

  // MARK: 12: the smaller ones

  @Test("12. hard links are refused unless --break-hardlinks; a file named twice is done once")
  func hardLinks() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    #expect(link(path, folder.path + "/b.rdp") == 0)
    let refused = runTool(["fix"] + Self.change + [folder.path])
    #expect(refused.exitCode == .failure)
    #expect(refused.errors.contains("a.rdp: has 2 hard links; replacing it would split them"))
    #expect(try folder.bytes("a.rdp") == Array(Self.text.utf8))
    let allowed = runTool(["fix", "--break-hardlinks"] + Self.change + [path, folder.path])
    #expect(allowed.exitCode == .success, "\(allowed.errors)")
    #expect(allowed.output.contains("scanned 1 file: 1 changed"))
    #expect(try folder.bytes("a.rdp") == Array(Self.changed.utf8))
    #expect(try folder.bytes("b.rdp") == Array(Self.text.utf8), "the other name keeps the old bytes, as asked")

    let twice = try folder.write("c.rdp", text: Self.text)
    let once = runTool(["fix"] + Self.change + [twice, twice, folder.path + "/./c.rdp"])
    #expect(once.exitCode == .success, "\(once.errors)")
    #expect(once.output.contains("scanned 1 file: 1 changed"))
  }

  @Test("12. names of 250 bytes can be fixed (temporary names always fit NAME_MAX)")
  func longNames() throws {
    let folder = try TemporaryFolder()
    let name = String(repeating: "n", count: 246) + ".rdp"
    let path = try folder.write(name, text: Self.text)
    let result = runTool(["fix", "--backup", ".b"] + Self.change + [path])
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(try folder.bytes(name) == Array(Self.changed.utf8))
  }

  @Test("12. --resolve and --hosts take IP addresses only: no zone, nothing else")
  func resolveLiterals() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    for entry in ["ts.example.com=fe80::1%eth0", "ts.example.com=fe80::1%\u{1B}[2J", "ts.example.com=ts2.example.com"] {
      #expect(runTool(["fix", "--use-ip", "--resolve", entry, path]).exitCode == .usage, "\(entry)")
    }
    let hosts = try folder.write("hosts", text: "fe80::1%eth0 ts.example.com\n")
    #expect(runTool(["fix", "--use-ip", "--hosts", hosts, path]).exitCode == .usage)
    #expect(try folder.bytes("a.rdp") == Array(Self.text.utf8))
  }

  @Test("12. without RENAME_EXCHANGE (some network file systems) the replacement still works, with its backup")
  func withoutExchange() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.rdp", text: Self.text)
    let operations = FaultyFileOperations()
    operations.noExchange = true
    let result = runTool(["fix", "--backup", ".orig"] + Self.change + [path], fileOperations: operations)
    #expect(result.exitCode == .success, "\(result.errors)")
    #expect(try folder.bytes("a.rdp") == Array(Self.changed.utf8))
    #expect(try folder.bytes("a.rdp.orig") == Array(Self.text.utf8))
    #expect(try folder.listing() == ["a.rdp", "a.rdp.orig"])
  }

  @Test(
    "12. the test seam that delays renames is compiled out of release builds",
    .enabled(if: releaseExecutable != nil, "no release build (swift build -c release; .ci/run builds one first)"))
  func testHookNotInRelease() throws {
    let binary = try Data(contentsOf: try #require(releaseExecutable))
    #expect(binary.range(of: Data("RDPFILE_TEST_RENAME_DELAY_MS".utf8)) == nil)
  }
}
