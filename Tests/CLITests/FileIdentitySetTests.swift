import Testing

@testable import rdpfile_cli

@Suite("The walk's record of the files it produced")
struct FileIdentitySetTests {
  @Test("answers as a Set of identities does: consecutive and scattered inodes, several devices, inode 0")
  func matchesSet() {
    var random = SystemRandomNumberGenerator()
    var compact = FileIdentitySet()
    var reference = Set<FileIdentity>()
    var identities: [FileIdentity] = []
    // Consecutive inodes (how a file system hands them out), scattered ones, a few devices,
    // inode 0 and the largest inode, each offered several times.
    for inode in UInt64(1_000)..<UInt64(60_000) { identities.append(FileIdentity(device: 2049, inode: inode)) }
    for _ in 0..<20_000 {
      identities.append(FileIdentity(device: UInt64.random(in: 1...4, using: &random), inode: random.next()))
    }
    identities += [FileIdentity(device: 7, inode: 0), FileIdentity(device: 7, inode: .max)]
    identities += identities.shuffled(using: &random).prefix(30_000)
    var disagreements = 0
    var repeats = 0
    for identity in identities.shuffled(using: &random) {
      let inserted = reference.insert(identity).inserted
      if compact.insert(identity) != inserted { disagreements += 1 }
      if !inserted { repeats += 1 }
    }
    #expect(disagreements == 0)
    #expect(reference.count > 79_000 && repeats == 30_000)
  }
}
