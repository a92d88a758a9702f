import Foundation

@testable import rdpfile_cli

#if canImport(Glibc)
  import Glibc
#endif

/// File operations that fail on cue, for testing what the writer does when the system does not
/// cooperate. Everything not configured to fail is passed to the real calls.
final class FaultyFileOperations: ForwardingFileOperations, @unchecked Sendable {
  let base: any FileOperations = PosixFileOperations()
  // NSLock (a pthread mutex) rather than Mutex: ThreadSanitizer sees its ordering.
  private let lock = NSLock()

  /// Fail `write` with this errno once this many bytes have been written to a new file.
  var failWriteAfter: (bytes: Int, errno: Int32)?
  /// Fail the exchange (and plain renames) with this errno.
  var failRename: Int32?
  /// Answer the exchange with EINVAL, as file systems without `RENAME_EXCHANGE` do.
  var noExchange = false
  /// Fail creating a new file (`open` with `O_CREAT`) with this errno.
  var failCreate: Int32?
  /// Fail every other `open` (reading a file) with this errno.
  var failOpen: Int32?
  /// Fail `fsync` of a new file with this errno.
  var failSync: Int32?
  /// Fail setting extended attributes with this errno.
  var failSetAttribute: Int32?
  /// Fail `link` (backups) with this errno.
  var failLink: Int32?
  /// Called just before the file at this path is swapped with its replacement: the place to
  /// simulate another program saving meanwhile.
  var beforeRename: ((String) -> Void)?
  /// Called just before the exchange with the folder and both names (the new file first).
  var beforeExchange: ((Int32, [UInt8], [UInt8]) -> Void)?
  /// Called before a file is opened for reading, with its path: the place to swap things in the
  /// folder being walked.
  var beforeOpen: ((String) -> Void)?
  /// The metadata calls made on new files, in order (`fchown`, `fchmod`, `setxattr`).
  private(set) var metadataCalls: [String] = []
  /// The writer's steps, in order, by name: `create NAME`, `write NAME`, `syncfs`,
  /// `fsync NAME` (a new file), `fsync folder`, `exchange NEW OLD`, `unlink NAME`.
  private(set) var trace: [String] = []
  /// Answer `syncfs` with ENOSYS, as a C library without it would.
  var noSyncFileSystem = false
  private var names: [Int32: String] = [:]

  private func record(_ step: String) { lock.withLock { trace.append(step) } }

  private var written = 0
  private var created: Set<Int32> = []

  func open(in directory: Int32, _ name: [UInt8], flags: Int32, mode: mode_t) -> Int32 {
    if flags & O_CREAT != 0 {
      if let failCreate {
        errno = failCreate
        return -1
      }
      let descriptor = base.open(in: directory, name, flags: flags, mode: mode)
      if descriptor >= 0 {
        lock.withLock {
          _ = created.insert(descriptor)
          names[descriptor] = String(decoding: name, as: UTF8.self)
          trace.append("create \(String(decoding: name, as: UTF8.self))")
        }
      }
      return descriptor
    }
    if let failOpen {
      errno = failOpen
      return -1
    }
    if let beforeOpen { beforeOpen(Self.path(of: name, in: directory)) }
    return base.open(in: directory, name, flags: flags, mode: mode)
  }

  func write(_ descriptor: Int32, from buffer: UnsafeRawBufferPointer) -> Int {
    if let name = lock.withLock({ names[descriptor] }) { record("write \(name)") }
    if let (limit, code) = failWriteAfter, lock.withLock({ created.contains(descriptor) }) {
      let room = limit - written
      guard room > 0 else {
        errno = code
        return -1
      }
      let count = base.write(descriptor, from: UnsafeRawBufferPointer(rebasing: buffer.prefix(room)))
      written += max(0, count)
      return count
    }
    return base.write(descriptor, from: buffer)
  }

  func fsync(_ descriptor: Int32) -> Int32 {
    let name = lock.withLock { created.contains(descriptor) ? names[descriptor] : nil }
    record(name.map { "fsync \($0)" } ?? "fsync folder")
    if let failSync, name != nil {
      errno = failSync
      return -1
    }
    return base.fsync(descriptor)
  }

  func syncFileSystem(_ descriptor: Int32) -> Int32 {
    record("syncfs")
    if noSyncFileSystem {
      errno = ENOSYS
      return -1
    }
    if let failSync, lock.withLock({ created.contains(descriptor) }) {
      errno = failSync
      return -1
    }
    return base.syncFileSystem(descriptor)
  }

  func close(_ descriptor: Int32) -> Int32 {
    lock.withLock {
      _ = created.remove(descriptor)
      names[descriptor] = nil
    }
    return base.close(descriptor)
  }

  func fchown(_ descriptor: Int32, owner: uid_t, group: gid_t) -> Int32 {
    lock.withLock { metadataCalls.append("fchown") }
    return base.fchown(descriptor, owner: owner, group: group)
  }

  func fchmod(_ descriptor: Int32, mode: mode_t) -> Int32 {
    lock.withLock { metadataCalls.append("fchmod") }
    return base.fchmod(descriptor, mode: mode)
  }

  func exchange(in directory: Int32, _ first: [UInt8], _ second: [UInt8]) -> Int32 {
    record("exchange \(String(decoding: first, as: UTF8.self)) \(String(decoding: second, as: UTF8.self))")
    beforeExchange?(directory, first, second)
    if let beforeRename {
      beforeRename(Self.path(of: second, in: directory))
      self.beforeRename = nil  // once: the swap back must not be disturbed too
    }
    if let failRename {
      errno = failRename
      return -1
    }
    if noExchange {
      errno = EINVAL
      return -1
    }
    return base.exchange(in: directory, first, second)
  }

  func rename(in directory: Int32, _ from: [UInt8], to: [UInt8], replace: Bool) -> Int32 {
    if let failRename {
      errno = failRename
      return -1
    }
    return base.rename(in: directory, from, to: to, replace: replace)
  }

  func unlink(in directory: Int32, _ name: [UInt8]) -> Int32 {
    record("unlink \(String(decoding: name, as: UTF8.self))")
    return base.unlink(in: directory, name)
  }

  func link(_ descriptor: Int32, in directory: Int32, as name: [UInt8]) -> Int32 {
    if let failLink {
      errno = failLink
      return -1
    }
    return base.link(descriptor, in: directory, as: name)
  }

  func setAttribute(_ descriptor: Int32, _ name: [UInt8], _ value: [UInt8]) -> Int32 {
    lock.withLock { metadataCalls.append("setxattr") }
    if let failSetAttribute {
      errno = failSetAttribute
      return -1
    }
    return base.setAttribute(descriptor, name, value)
  }

  /// The path of `name` in the open folder `directory`.
  static func path(of name: [UInt8], in directory: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/fd/\(directory)", &buffer, buffer.count - 1)
    let folder = length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "."
    return folder + "/" + String(decoding: name, as: UTF8.self)
  }
}
