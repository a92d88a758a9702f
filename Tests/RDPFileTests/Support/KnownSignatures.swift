import Foundation
import TestSupport

@testable import RDPFile

/// A stand-in for OpenSSL in library tests: it accepts exactly the (content, signature) pairs
/// of the intact files of `Corpus/signed-real/` and the signed files of `Corpus/triage/`, which
/// the CLI tests check with the real `openssl` program, and rejects everything else, as a real
/// check would after any edit.
struct KnownSignatures: SignatureVerifier {
  static let intactFiles = ["signed-utf8.rdp", "signed-utf16le.rdp", "signed-sha1-gateway.rdp"]

  static let triageFiles = ["campaign-signed.rdp", "benign-remoteapp-signed.rdp", "publisher-imitation.rdp"]

  static let corpus: KnownSignatures = {
    let paths = intactFiles.map { "signed-real/" + $0 } + triageFiles.map { "triage/" + $0 }
    let documents = paths.compactMap { path in
      (try? TestPaths.bytes(TestPaths.corpus.appendingPathComponent(path))).map { RDPDocument(bytes: $0) }
    }
    return KnownSignatures(documents)
  }()

  static func document(_ name: String) throws -> RDPDocument {
    RDPDocument(bytes: try TestPaths.bytes(TestPaths.corpus.appendingPathComponent("signed-real/\(name)")))
  }

  private var pairs: Set<[[UInt8]]> = []

  init(_ documents: [RDPDocument]) {
    for document in documents {
      let inspection = SignatureInspection(document)
      if let content = inspection.content, let block = inspection.block { pairs.insert([content.bytes, block.cms]) }
    }
  }

  func check(content: [UInt8], cms: [UInt8]) -> SignatureCheck {
    pairs.contains([content, cms]) ? .matches : .doesNotMatch("not one of the known signatures")
  }
}
