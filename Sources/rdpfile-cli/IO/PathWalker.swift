#if canImport(Glibc)
  import Glibc
#endif
import RDPFile

/// Expands command-line paths into the files to process, lazily and in a deterministic order.
///
/// A file named on the command line is taken whatever its extension. A folder is walked
/// recursively for `*.rdp` in any letter case; entries are visited in byte order of their
/// names; hidden entries (names starting with `.`) and symbolic links are skipped unless
/// asked for, and a folder reached twice (a link loop) is walked once. Only one folder's
/// listing is held at a time per level, so memory does not grow with the number of files.
struct PathWalker {
  /// One thing to process: a file path, standard input, or a path that failed.
  enum Entry: Equatable, Sendable {
    case file(String)
    case standardInput
    case failure(String, RDPFileError)
  }

  var followSymlinks = false
  var includeHidden = false

  /// All entries at once (convenient for small inputs and tests).
  func expand(_ paths: [String]) -> [Entry] {
    var iterator = entries(paths)
    var result: [Entry] = []
    while let entry = iterator.next() { result.append(entry) }
    return result
  }

  /// The entries, one at a time.
  func entries(_ paths: [String]) -> Iterator {
    Iterator(walker: self, paths: paths)
  }

  struct Iterator: IteratorProtocol {
    private struct FileID: Hashable {
      var device: UInt64
      var inode: UInt64
    }

    /// A folder being walked: its path prefix and the names not yet visited (in reverse order,
    /// so the next one is popped from the end).
    private struct Frame {
      var prefix: String
      var remaining: [(name: String, type: UInt8)]
    }

    private let walker: PathWalker
    private var paths: ArraySlice<String>
    private var stack: [Frame] = []
    private var visited = Set<FileID>()

    fileprivate init(walker: PathWalker, paths: [String]) {
      self.walker = walker
      self.paths = paths[...]
    }

    mutating func next() -> Entry? {
      while true {
        if var frame = stack.popLast() {
          guard let (name, type) = frame.remaining.popLast() else { continue }
          stack.append(frame)
          if !walker.includeHidden, name.hasPrefix(".") { continue }
          let path = frame.prefix + name
          if type == Self.undecodableName {
            return .failure(path, .cannotRead(path: path, reason: "the file name is not valid UTF-8; skipped"))
          }
          var kind = type
          if kind == UInt8(DT_UNKNOWN) {
            guard let info = linkStatusOf(path: path) else { continue }
            kind = Self.type(of: info)
          }
          if kind == UInt8(DT_LNK) {
            guard walker.followSymlinks else { continue }
            guard let target = statusOf(path: path) else {
              // A link named like a connection file that leads nowhere (a loop, or a missing
              // target) is reported; other broken links are not our business.
              guard PathWalker.isRDPFile(name) else { continue }
              return .failure(path, .cannotRead(path: path, reason: systemError()))
            }
            kind = Self.type(of: target)
          }
          if kind == UInt8(DT_DIR) {
            if let failure = enter(path) { return failure }
          } else if kind == UInt8(DT_REG), PathWalker.isRDPFile(name) {
            return .file(path)
          }
          continue
        }
        guard let path = paths.popFirst() else { return nil }
        if path == "-" { return .standardInput }
        guard let info = statusOf(path: path) else {
          return .failure(path, .cannotRead(path: path, reason: systemError()))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
          if let failure = enter(path) { return failure }
          continue
        }
        return .file(path)
      }
    }

    /// Starts walking `folder`; returns a failure entry when it cannot be read.
    private mutating func enter(_ folder: String) -> Entry? {
      guard let info = statusOf(path: folder),
        visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
      else { return nil }
      guard let directory = opendir(folder) else {
        return .failure(folder, .cannotRead(path: folder, reason: systemError()))
      }
      var names: [(name: String, type: UInt8)] = []
      while let entry = readdir(directory) {
        let (name, valid) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
          pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
            String(validatingCString: name).map { ($0, true) } ?? (String(cString: name), false)
          }
        }
        if name == "." || name == ".." { continue }
        // A name that is not UTF-8 cannot be carried through a Swift string unchanged (the path
        // would name another file), so such a connection file is reported, never guessed at.
        if !valid {
          if PathWalker.isRDPFile(name) { names.append((name, Self.undecodableName)) }
          continue
        }
        names.append((name, entry.pointee.d_type))
      }
      closedir(directory)
      names.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
      stack.append(Frame(prefix: folder.hasSuffix("/") ? folder : folder + "/", remaining: names.reversed()))
      return nil
    }

    /// The entry type given to names that are not valid UTF-8 (no `DT_` value uses it).
    private static let undecodableName: UInt8 = 0xFF

    private static func type(of info: stat) -> UInt8 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: UInt8(DT_DIR)
      case S_IFREG: UInt8(DT_REG)
      case S_IFLNK: UInt8(DT_LNK)
      default: UInt8(DT_UNKNOWN)
      }
    }
  }

  /// Whether a name ends in `.rdp`, in any letter case.
  static func isRDPFile(_ name: String) -> Bool {
    let bytes = Array(name.utf8.suffix(4))
    guard bytes.count == 4, bytes[0] == 0x2E else { return false }
    return bytes[1] | 0x20 == 0x72 && bytes[2] | 0x20 == 0x64 && bytes[3] | 0x20 == 0x70
  }
}
