import Foundation
import TestSupport
import Testing

/// Validates JSON against the SARIF 2.1.0 schema with Python's `jsonschema` package (CI
/// installs it; the test is skipped with this reason when it is missing).
enum SchemaValidator {
  static let schema = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/reference/sarif-schema-2.1.0.json")

  static let available: Bool = {
    guard FileManager.default.fileExists(atPath: schema.path) else { return false }
    return (try? python(["-c", "import jsonschema"], input: Data()).status) == 0
  }()

  static let absenceReason: Comment =
    "python3 with jsonschema, or ../shared/reference/sarif-schema-2.1.0.json, is missing"

  /// The validation errors, one per line; empty when the document is valid.
  static func validate(_ json: String) throws -> [String] {
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      document = json.load(sys.stdin)
      validator = jsonschema.Draft7Validator(schema)
      for error in validator.iter_errors(document):
          print("/".join(str(p) for p in error.path) + ": " + error.message[:200])
      """
    let result = try python(["-c", script, schema.path], input: Data(json.utf8))
    return result.output.split(separator: "\n").map(String.init)
      + (result.status == 0 ? [] : ["python exited \(result.status)"])
  }

  private static func python(_ arguments: [String], input: Data) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
