#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's text goes: a file descriptor (buffered) or a string, for in-process tests.
final class OutputSink {
  private let descriptor: Int32?
  private var buffer: [UInt8] = []
  /// Everything written, when the sink captures instead of writing to a descriptor.
  private(set) var captured = ""

  /// A sink that writes to `descriptor`.
  init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(1 << 16)
  }

  /// A sink that keeps the text.
  init() {
    descriptor = nil
  }

  func write(_ text: String) {
    guard descriptor != nil else {
      captured += text
      return
    }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes UTF-8 bytes (the renderers' output) as they are.
  func write(bytes: [UInt8]) {
    guard descriptor != nil else {
      captured += String(decoding: bytes, as: UTF8.self)
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  func line(_ text: String = "") {
    write(text + "\n")
  }

  func flush() {
    guard let descriptor, !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          break
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}
