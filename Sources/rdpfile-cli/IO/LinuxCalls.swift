#if canImport(Glibc)
  import Glibc
#endif

/// System calls that Swift's `Glibc` module does not export (they sit behind `_GNU_SOURCE`):
/// `renameat2`, `syncfs` and the extended-attribute calls. They are looked up once in the C library that
/// is already loaded; every Linux C library since 2018 has them. A missing one behaves like a
/// kernel without it (`ENOSYS`), which callers handle.
enum LinuxCalls {
  /// `renameat2` flag: swap the two names atomically.
  static let exchangeFlag: UInt32 = 2
  /// `renameat2` flag: fail with `EEXIST` instead of replacing the target.
  static let noReplaceFlag: UInt32 = 1

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private typealias SyncFileSystem = @convention(c) (Int32) -> Int32
  private typealias ListAttributes = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int
  private typealias GetAttribute = @convention(c) (Int32, UnsafePointer<CChar>, UnsafeMutableRawPointer?, Int) -> Int
  private typealias SetAttribute = @convention(c) (Int32, UnsafePointer<CChar>, UnsafeRawPointer?, Int, Int32) -> Int32
  private typealias RemoveAttribute = @convention(c) (Int32, UnsafePointer<CChar>) -> Int32

  private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
    guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(pointer, to: type)
  }

  private static let renameAt2 = symbol("renameat2", as: RenameAt2.self)
  private static let syncFileSystemCall = symbol("syncfs", as: SyncFileSystem.self)
  private static let listAttributes = symbol("flistxattr", as: ListAttributes.self)
  private static let getAttribute = symbol("fgetxattr", as: GetAttribute.self)
  private static let setAttribute = symbol("fsetxattr", as: SetAttribute.self)
  private static let removeAttribute = symbol("fremovexattr", as: RemoveAttribute.self)

  /// `renameat2(2)` within one folder.
  static func rename(in directory: Int32, _ from: [UInt8], _ to: [UInt8], flags: UInt32) -> Int32 {
    guard let call = renameAt2 else {
      errno = ENOSYS
      return -1
    }
    return withCName(from) { source in withCName(to) { target in call(directory, source, directory, target, flags) } }
  }

  /// `syncfs(2)`: flushes the file system that holds `descriptor`; `0` or `-1` with `errno`.
  static func syncFileSystem(_ descriptor: Int32) -> Int32 {
    guard let call = syncFileSystemCall else {
      errno = ENOSYS
      return -1
    }
    return call(descriptor)
  }

  /// The names of a file's extended attributes, or `nil` with `errno` set.
  static func attributeNames(_ descriptor: Int32) -> [[UInt8]]? {
    guard let call = listAttributes else { return [] }
    while true {
      let size = call(descriptor, nil, 0)
      if size < 0 { return errno == ENOTSUP ? [] : nil }
      if size == 0 { return [] }
      var buffer = [CChar](repeating: 0, count: size)
      let filled = call(descriptor, &buffer, size)
      if filled < 0 {
        if errno == ERANGE { continue }  // grew meanwhile
        return nil
      }
      return buffer[0..<filled].split(separator: 0).map { $0.map { UInt8(bitPattern: $0) } }
    }
  }

  /// The value of one extended attribute, or `nil` with `errno` set.
  static func attribute(_ descriptor: Int32, _ name: [UInt8]) -> [UInt8]? {
    guard let call = getAttribute else {
      errno = ENOSYS
      return nil
    }
    return withCName(name) { cName -> [UInt8]? in
      while true {
        let size = call(descriptor, cName, nil, 0)
        if size < 0 { return nil }
        var value = [UInt8](repeating: 0, count: size)
        let filled = value.withUnsafeMutableBytes { call(descriptor, cName, $0.baseAddress, size) }
        if filled < 0 {
          if errno == ERANGE { continue }
          return nil
        }
        return Array(value[0..<filled])
      }
    }
  }

  /// Sets one extended attribute; `0` or `-1` with `errno` set.
  static func setAttribute(_ descriptor: Int32, _ name: [UInt8], _ value: [UInt8]) -> Int32 {
    guard let call = setAttribute else {
      errno = ENOSYS
      return -1
    }
    return withCName(name) { cName in value.withUnsafeBytes { call(descriptor, cName, $0.baseAddress, $0.count, 0) } }
  }

  /// Removes one extended attribute; `0` or `-1` with `errno` set.
  static func removeAttribute(_ descriptor: Int32, _ name: [UInt8]) -> Int32 {
    guard let call = removeAttribute else {
      errno = ENOSYS
      return -1
    }
    return withCName(name) { call(descriptor, $0) }
  }
}

/// Calls `body` with `name` as a NUL-terminated C string.
func withCName<R>(_ name: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
  var terminated = name
  terminated.append(0)
  return terminated.withUnsafeBufferPointer { buffer in
    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
  }
}
