/// Loads one code unit from raw bytes: the one definition of how a code unit is read in each
/// encoding. One conforming type per encoding keeps scanning loops (the parser's, the key
/// table's) specialised and free of per-unit branching; ``CodeUnitView`` picks one by value.
protocol CodeUnitLoader {
  static var size: Int { get }
  static var encoding: TextEncoding { get }
  static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt16
}

enum UTF8Units: CodeUnitLoader {
  static var size: Int { 1 }
  static var encoding: TextEncoding { .utf8 }
  @inline(__always) static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt16 {
    UInt16(base[index])
  }
}

enum UTF16LEUnits: CodeUnitLoader {
  static var size: Int { 2 }
  static var encoding: TextEncoding { .utf16LittleEndian }
  @inline(__always) static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt16 {
    UInt16(base[2 &* index]) | UInt16(base[2 &* index &+ 1]) << 8
  }
}

enum UTF16BEUnits: CodeUnitLoader {
  static var size: Int { 2 }
  static var encoding: TextEncoding { .utf16BigEndian }
  @inline(__always) static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt16 {
    UInt16(base[2 &* index]) << 8 | UInt16(base[2 &* index &+ 1])
  }
}
