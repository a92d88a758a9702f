import Foundation

/// Where the test data lives: the project's `Corpus/` and the team's shared real-world corpus.
package enum TestPaths {
  package static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  package static let corpus = packageRoot.appendingPathComponent("Corpus")
  package static let sharedCorpus = packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/real-world")

  package static var hasSharedCorpus: Bool {
    FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("MANIFEST.tsv").path)
  }

  /// Every `.rdp` file under `folder`, sorted by path.
  package static func rdpFiles(in folder: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    else { return [] }
    return walker.compactMap { $0 as? URL }
      .filter { $0.pathExtension.lowercased() == "rdp" }
      .sorted { $0.path < $1.path }
  }

  package static func bytes(_ url: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: url))
  }
}
