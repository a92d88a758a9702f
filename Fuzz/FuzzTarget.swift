// libFuzzer entry point: arbitrary bytes through every promise of SelfCheck (parse → serialize
// gives the same bytes, the effective view, lint, every renderer, the fixers, the rewrite
// workarounds). A broken promise traps, and libFuzzer reports it as a crash with the input.
//
// Built and run by scripts/fuzz.sh, which compiles the library sources together with this file.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let violation = SelfCheck.violations(of: bytes).first {
    fatalError("fuzz: \(violation)")
  }
  return 0
}
