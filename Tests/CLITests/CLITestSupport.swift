import Foundation
import TestSupport
import Testing

@testable import RDPFile
@testable import rdpfile_cli

/// The outcome of one in-process run of the tool.
struct RunResult {
  var exitCode: ExitCode
  var output: String
  var errors: String
}

/// Runs `rdpfile ARGUMENTS` in-process with captured output.
func runTool(
  _ arguments: [String], standardInput: [UInt8] = [], environment: [String: String] = [:],
  resolver: any HostResolver = StaticResolver(), fileOperations: any FileOperations = PosixFileOperations()
) -> RunResult {
  let context = CommandContext.capturing(
    environment: environment, standardInput: standardInput, resolver: resolver, fileOperations: fileOperations)
  let code = RDPFileTool.run(arguments, in: context)
  return RunResult(exitCode: code, output: context.output.captured, errors: context.errors.captured)
}

/// A temporary folder removed when the value is dropped.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("rdpfile-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    try? FileManager.default.removeItem(at: url)
  }

  var path: String { url.path }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, text: String, encoding: TextEncoding = .utf8, bom: Bool = false) throws -> String {
    try write(name, RDPDocument(text: text, encoding: encoding, byteOrderMark: bom).serialized())
  }

  func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: url.appendingPathComponent(name)))
  }

  /// Every file name in the folder (recursively), sorted, hidden files included.
  func listing() throws -> [String] {
    let walker = FileManager.default.enumerator(atPath: path)
    return (walker?.allObjects as? [String] ?? []).sorted()
  }
}

/// The `rdpfile` binary the tests run.
enum BuiltTool {
  /// The built `rdpfile` executable next to the test bundle, when it exists.
  static let executable: URL? = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("rdpfile")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url.deleteLastPathComponent()
    }
    let debug = TestPaths.packageRoot.appendingPathComponent(".build/debug/rdpfile")
    return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
  }()
}

/// Runs a program, feeding it `input`, and collects its status, output and errors.
func runProcess(
  _ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
  directory: String? = nil
) throws -> (status: Int32, output: Data, errors: String) {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let environment { process.environment = environment }
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  let output = Pipe()
  let errors = Pipe()
  let standardInput = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = standardInput
  try process.run()
  if let input { standardInput.fileHandleForWriting.write(input) }
  try standardInput.fileHandleForWriting.close()
  let outData = output.fileHandleForReading.readDataToEndOfFile()
  let errData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
}

/// Runs the built binary as a separate process.
func runBinary(_ arguments: [String], standardInput: Data? = nil, environment: [String: String]? = nil) throws -> (
  status: Int32, output: String, errors: String
) {
  let result = try runProcess(try builtExecutable(), arguments, input: standardInput, environment: environment)
  return (result.status, String(decoding: result.output, as: UTF8.self), result.errors)
}

/// The built executable, or an error when it is missing (suites that need it are disabled then).
func builtExecutable() throws -> URL {
  struct MissingExecutable: Error {}
  guard let url = BuiltTool.executable else { throw MissingExecutable() }
  return url
}

/// Writes a file whose path is any bytes (names that are not UTF-8 cannot go through `String`).
func writeRaw(_ path: [UInt8], _ bytes: [UInt8]) throws {
  struct WriteFailed: Error {}
  let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
    buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
  }
  guard descriptor >= 0 else { throw WriteFailed() }
  defer { close(descriptor) }
  guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
    throw WriteFailed()
  }
}

/// Reads a file whose path is any bytes.
func readRaw(_ path: [UInt8]) throws -> [UInt8] {
  struct ReadFailed: Error {}
  let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
    buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY) }
  }
  guard descriptor >= 0 else { throw ReadFailed() }
  defer { close(descriptor) }
  var result: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { break }
    result += chunk[0..<count]
  }
  return result
}
