/// The file identities a walk has produced, at about 8 to 16 bytes a file: the inode numbers of
/// each device in an open-addressed table (a share is nearly always one device). A walk
/// remembers every file it produced, so that a file reached twice is read once; with a
/// `Set<FileIdentity>` that record was most of what a walk's memory grew by.
struct FileIdentitySet {
  /// One device's inodes. Slot value 0 means empty, so inode 0 (which Linux does not hand
  /// out) is kept apart.
  private struct Table {
    var slots = [UInt64](repeating: 0, count: 64)
    var count = 0
    var hasZero = false

    /// Adds `inode`; `false` when it was there already.
    mutating func insert(_ inode: UInt64) -> Bool {
      guard inode != 0 else {
        defer { hasZero = true }
        return !hasZero
      }
      // At most three quarters full, so that probing stays short.
      if (count + 1) * 4 > slots.count * 3 { grow() }
      var slot = Self.start(inode, mask: slots.count - 1)
      while slots[slot] != 0 {
        if slots[slot] == inode { return false }
        slot = (slot + 1) & (slots.count - 1)
      }
      slots[slot] = inode
      count += 1
      return true
    }

    private mutating func grow() {
      let old = slots
      slots = [UInt64](repeating: 0, count: old.count * 2)
      for inode in old where inode != 0 {
        var slot = Self.start(inode, mask: slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = inode
      }
    }

    /// A slot to start probing at: inode numbers are often consecutive, so they are mixed
    /// (a multiplicative hash) before the low bits are taken.
    private static func start(_ inode: UInt64, mask: Int) -> Int {
      Int(truncatingIfNeeded: (inode &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }
  }

  private var tables: [UInt64: Table] = [:]

  /// Adds `identity`; `false` when the set held it already.
  mutating func insert(_ identity: FileIdentity) -> Bool {
    tables[identity.device, default: Table()].insert(identity.inode)
  }
}
