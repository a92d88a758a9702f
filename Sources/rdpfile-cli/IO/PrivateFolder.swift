#if canImport(Glibc)
  import Glibc
#endif

/// A temporary folder only our user can enter (mode 0700), for the non-secret files OpenSSL
/// needs as paths (content to sign, a signature, a certificate). It and everything in it are
/// removed by ``remove()``. Key material is never written here.
struct PrivateFolder {
  let path: String
  private var files: [String] = []

  init(environment: [String: String]) throws(Subprocess.LaunchError) {
    let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/rdpfile-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Subprocess.LaunchError(message: "cannot create a private temporary folder in \(base): \(systemError())")
    }
    path = String(cString: made)
  }

  /// Writes `bytes` to a new file `name` (mode 0600) and returns its path.
  mutating func write(_ name: String, _ bytes: [UInt8]) throws(Subprocess.LaunchError) -> String {
    let file = "\(path)/\(name)"
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw Subprocess.LaunchError(message: "cannot create \(file): \(systemError())") }
    defer { close(descriptor) }
    files.append(file)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw Subprocess.LaunchError(message: "cannot write \(file): \(systemError())") }
      written += count
    }
    return file
  }

  /// The path for a file a program will create.
  mutating func reserve(_ name: String) -> String {
    let file = "\(path)/\(name)"
    files.append(file)
    return file
  }

  /// Reads a file a program wrote.
  func read(_ file: String) -> [UInt8]? {
    try? FileReader(operations: PosixFileOperations()).read(path: file).bytes
  }

  /// Removes the folder and its files.
  func remove() {
    for file in files { unlink(file) }
    rmdir(path)
  }
}
