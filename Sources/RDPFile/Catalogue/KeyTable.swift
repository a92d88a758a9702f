/// Finds the catalogue entry for a key straight from its code units, without building a
/// `String`: an FNV-1a hash of the ASCII-lower-cased units picks a slot, and the units are then
/// compared with the entry's lower-case name.
struct KeyTable: Sendable {
  private let slots: [Int16]
  private let mask: Int
  private let names: [[UInt8]]
  /// Every name's bytes back to back, and where each starts (one more entry marks the end).
  private let storage: [UInt8]
  private let starts: [Int32]

  init(names: [String]) {
    self.names = names.map { Array($0.utf8) }
    storage = self.names.flatMap { $0 }
    starts = self.names.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
    var size = 16
    while size < names.count * 4 { size <<= 1 }
    mask = size - 1
    var slots = [Int16](repeating: -1, count: size)
    for (index, name) in self.names.enumerated() {
      var slot = Int(truncatingIfNeeded: Self.hash(name.map(UInt16.init))) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int16(index)
    }
    self.slots = slots
  }

  /// A hash of the length and five sampled code units (first, second, middle, last but one,
  /// last), folded to ASCII lower case: enough to spread the catalogue's names, and cheap. The
  /// full comparison that follows decides.
  @inline(__always)
  static func hash(count: Int, unit: (Int) -> UInt16) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(count)
    guard count > 0 else { return hash }
    // Written out rather than looped over an array of positions, which would be built on
    // every call.
    @inline(__always) func mix(_ position: Int) {
      let raw = unit(position)
      let folded = raw &- 0x41 < 26 ? raw | 0x20 : raw
      hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }
    mix(0)
    mix(min(1, count - 1))
    mix(count / 2)
    mix(max(0, count - 2))
    mix(count - 1)
    return hash
  }

  static func hash<Units: Collection>(_ units: Units) -> UInt64 where Units.Element == UInt16, Units.Index == Int {
    hash(count: units.count) { units[units.startIndex + $0] }
  }

  /// The entry index for the key in code units `range` of `line`, read straight from its bytes.
  func index(in line: borrowing Line, range: Range<Int>) -> Int? {
    line.content.withUnsafeBufferPointer { index(in: $0, encoding: line.encoding, range: range) }
  }

  /// The entry index for the key in code units `range` of `content` (a line's bytes).
  func index(in content: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, range: Range<Int>) -> Int? {
    guard let base = content.baseAddress else { return index(of: [UInt16]()) }
    switch encoding {
    case .utf8: return lookup(base, range, UTF8Units.self)
    case .utf16LittleEndian: return lookup(base, range, UTF16LEUnits.self)
    case .utf16BigEndian: return lookup(base, range, UTF16BEUnits.self)
    }
  }

  /// The index of the name whose UTF-8 is `utf8`, matched ASCII case-insensitively.
  func index(utf8: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = utf8.baseAddress else { return index(of: [UInt16]()) }
    return lookup(base, 0..<utf8.count, UTF8Units.self)
  }

  @inline(__always)
  private func lookup<Loader: CodeUnitLoader>(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, _: Loader.Type) -> Int?
  {
    @inline(__always) func folded(_ index: Int) -> UInt16 {
      let unit = Loader.load(base, index)
      return unit &- 0x41 < 26 ? unit | 0x20 : unit
    }
    let hash = Self.hash(count: range.count) { Loader.load(base, range.lowerBound &+ $0) }
    var slot = Int(truncatingIfNeeded: hash) & mask
    let count = range.count
    return slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        storage.withUnsafeBufferPointer { storage -> Int? in
          while true {
            let candidate = Int(slots[slot])
            guard candidate >= 0 else { return nil }
            let start = Int(starts[candidate])
            if Int(starts[candidate &+ 1]) &- start == count {
              var offset = 0
              while offset < count, UInt16(storage[start &+ offset]) == folded(range.lowerBound &+ offset) {
                offset &+= 1
              }
              if offset == count { return candidate }
            }
            slot = (slot &+ 1) & mask
          }
        }
      }
    }
  }

  /// The entry index whose name equals `units` (ASCII case-insensitively), or `nil`.
  @inline(__always)
  func index<Units: Collection>(of units: Units) -> Int? where Units.Element == UInt16, Units.Index == Int {
    let count = units.count
    var slot = Int(truncatingIfNeeded: Self.hash(units)) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let candidate = slots[slot]
        guard candidate >= 0 else { return nil }
        if names[Int(candidate)].withUnsafeBufferPointer({ name in
          guard name.count == count else { return false }
          var position = 0
          for unit in units {
            let folded = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit
            if UInt16(name[position]) != folded { return false }
            position &+= 1
          }
          return true
        }) {
          return Int(candidate)
        }
        slot = (slot + 1) & mask
      }
    }
  }
}
