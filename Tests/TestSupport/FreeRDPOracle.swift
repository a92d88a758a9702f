import Foundation

/// Runs FreeRDP's own parser through `../shared/tools/freerdp-oracle` (built by `.ci/run` into
/// `.build-oracle/oracle`, or named by `RDPFILE_FREERDP_ORACLE`).
package enum FreeRDPOracle {
  package static let path: String? = {
    let candidates: [String?] = [
      ProcessInfo.processInfo.environment["RDPFILE_FREERDP_ORACLE"],
      TestPaths.packageRoot.appendingPathComponent(".build-oracle/oracle").path,
    ]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Why the tests that need the oracle are skipped.
  package static let absenceReason =
    "FreeRDP oracle not built: run .ci/run, or build ../shared/tools/freerdp-oracle and set RDPFILE_FREERDP_ORACLE"

  /// One JSON object per file from `oracle MODE FILE...`.
  package static func run(_ mode: [String], files: [URL]) throws -> [[String: Any]] {
    guard let path else { return [] }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = mode + files.map(\.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  /// FreeRDP's settings after reading each file (`oracle --all settings`).
  package static func settings(for files: [URL]) throws -> [[String: Any]] {
    try run(["--all", "settings"], files: files)
  }
}
