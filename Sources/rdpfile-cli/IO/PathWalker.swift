#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// Expands command-line paths into the files to process, in a deterministic order.
///
/// A file named on the command line is taken whatever its extension. A folder is walked
/// recursively for `*.rdp` in any letter case; entries are visited in byte order of their
/// names; hidden entries (names starting with `.`) and symbolic links are skipped unless
/// asked for, and a folder reached twice (a link loop) is walked once.
struct PathWalker {
  /// One thing to process: a file path, standard input, or a path that failed.
  enum Entry: Equatable {
    case file(String)
    case standardInput
    case failure(String, RDPFileError)
  }

  var followSymlinks = false
  var includeHidden = false

  func expand(_ paths: [String]) -> [Entry] {
    var entries: [Entry] = []
    var visited = Set<FileID>()
    for path in paths {
      if path == "-" {
        entries.append(.standardInput)
        continue
      }
      guard let info = statusOf(path: path) else {
        entries.append(.failure(path, .cannotRead(path: path, reason: systemError())))
        continue
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        walk(path, into: &entries, visited: &visited)
      } else {
        entries.append(.file(path))
      }
    }
    return entries
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private func walk(_ folder: String, into entries: inout [Entry], visited: inout Set<FileID>) {
    guard let info = statusOf(path: folder), visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
      return
    }
    guard let directory = opendir(folder) else {
      entries.append(.failure(folder, .cannotRead(path: folder, reason: systemError())))
      return
    }
    var names: [(name: String, type: UInt8)] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      names.append((name, entry.pointee.d_type))
    }
    closedir(directory)
    names.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for (name, type) in names {
      if !includeHidden, name.hasPrefix(".") { continue }
      let path = prefix + name
      var kind = type
      if kind == UInt8(DT_UNKNOWN) {
        guard let info = linkStatusOf(path: path) else { continue }
        kind = Self.directoryType(info)
      }
      if kind == UInt8(DT_LNK) {
        guard followSymlinks, let target = statusOf(path: path) else { continue }
        kind = Self.directoryType(target)
      }
      if kind == UInt8(DT_DIR) {
        walk(path, into: &entries, visited: &visited)
      } else if kind == UInt8(DT_REG), Self.isRDPFile(name) {
        entries.append(.file(path))
      }
    }
  }

  private static func directoryType(_ info: stat) -> UInt8 {
    switch info.st_mode & S_IFMT {
    case S_IFDIR: UInt8(DT_DIR)
    case S_IFREG: UInt8(DT_REG)
    case S_IFLNK: UInt8(DT_LNK)
    default: UInt8(DT_UNKNOWN)
    }
  }

  /// Whether a name ends in `.rdp`, in any letter case.
  static func isRDPFile(_ name: String) -> Bool {
    let bytes = Array(name.utf8.suffix(4))
    guard bytes.count == 4, bytes[0] == 0x2E else { return false }
    return bytes[1] | 0x20 == 0x72 && bytes[2] | 0x20 == 0x64 && bytes[3] | 0x20 == 0x70
  }
}
