import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

/// Expands command-line paths into the files to process, lazily and in a deterministic order.
///
/// A file named on the command line is taken whatever its extension (a symbolic link named
/// there is followed to its file, which is what gets rewritten). A folder is walked
/// recursively for `*.rdp` in any letter case, entries in byte order of their names; hidden
/// entries (names starting with `.`) and symbolic links are skipped unless asked for.
///
/// The walk is safe against a share whose users rename things while it runs: every folder is
/// opened once, relative to its parent's descriptor and without following a link, and files
/// are later opened relative to the folder's descriptor, also without following one. Swapping a
/// folder for a link after it was listed cannot redirect the run; the swap is reported. A folder
/// that cannot be opened is reported, never silently dropped, and depth is not limited by
/// `PATH_MAX`. Each file (device and inode) is produced once however many times it is named.
struct PathWalker: Sendable {
  /// One thing to process: a file, standard input, or a path that failed.
  enum Entry: Sendable {
    case file(FileLocation)
    case standardInput
    case failure(FileError)

    /// The path the entry is about, for messages.
    var path: String {
      switch self {
      case .file(let location): location.path
      case .standardInput: "-"
      case .failure(let error): error.path
      }
    }
  }

  var followSymlinks = false
  var includeHidden = false

  /// Where the file a command-line path names is: its folder, opened, and its name. A link
  /// named there leads to the file it points to, which is the one read and rewritten.
  static func locate(_ argument: PathName) -> Result<FileLocation, FileError> {
    let display = argument.display
    var path = argument
    if Iterator.isLink(path.bytes), let real = Iterator.realPath(of: path.bytes) { path = PathName(bytes: real) }
    let (folder, name) = path.split
    switch DirectoryHandle.open(PathName(bytes: folder), display: PathName.display(folder)) {
    case .success(let handle): return .success(FileLocation(directory: handle, name: name, path: display))
    case .failure(.cannotRead(_, let reason)): return .failure(.cannotRead(path: display, reason: reason))
    case .failure(let error): return .failure(.cannotRead(path: display, reason: error.description))
    }
  }

  /// The entries, one at a time.
  func entries(_ paths: [String]) -> Iterator {
    Iterator(walker: self, paths: paths)
  }

  struct Iterator: IteratorProtocol {
    /// A folder being walked and the entries not yet visited (reversed: the next is last).
    private struct Frame {
      var handle: DirectoryHandle
      var remaining: [(name: [UInt8], type: UInt8, inode: UInt64)]
    }

    private let walker: PathWalker
    private var paths: ArraySlice<String>
    private var stack: [Frame] = []
    private var visitedFolders = Set<FileIdentity>()
    private var seenFiles = FileIdentitySet()
    private var standardInputGiven = false

    fileprivate init(walker: PathWalker, paths: [String]) {
      self.walker = walker
      self.paths = paths[...]
    }

    mutating func next() -> Entry? {
      while true {
        if var frame = stack.popLast() {
          guard let entry = frame.remaining.popLast() else { continue }
          stack.append(frame)
          if let result = visit(entry, in: frame.handle) { return result }
          continue
        }
        guard let argument = paths.popFirst() else { return nil }
        if let result = start(argument) { return result }
      }
    }

    /// A path from the command line.
    private mutating func start(_ argument: String) -> Entry? {
      if argument == "-" {
        guard !standardInputGiven else { return nil }
        standardInputGiven = true
        return .standardInput
      }
      let path = PathName(argument: argument)
      let display = path.display
      var info = stat()
      guard withCName(path.bytes, { fstatat(AT_FDCWD, $0, &info, 0) }) == 0 else {
        return .failure(.cannotRead(path: display, reason: systemError()))
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        switch DirectoryHandle.open(path, display: display) {
        case .success(let handle): return enter(handle)
        case .failure(let error): return .failure(error)
        }
      }
      guard seenFiles.insert(FileIdentity(info)) else { return nil }
      switch PathWalker.locate(path) {
      case .success(let location): return .file(location)
      case .failure(let error): return .failure(error)
      }
    }

    /// One entry of a folder being walked.
    private mutating func visit(_ entry: (name: [UInt8], type: UInt8, inode: UInt64), in folder: DirectoryHandle)
      -> Entry?
    {
      if !walker.includeHidden, entry.name.first == 0x2E { return nil }
      let display = folder.path(of: entry.name)
      var type = entry.type
      if type == UInt8(DT_UNKNOWN) {
        var info = stat()
        guard withCName(entry.name, { fstatat(folder.descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
          return errno == ENOENT ? nil : .failure(.cannotRead(path: display, reason: systemError()))
        }
        type = Self.type(of: info)
      }
      switch type {
      case UInt8(DT_DIR):
        switch folder.openChild(entry.name, display: display, follow: false) {
        case .success(let handle): return enter(handle)
        case .failure(let error): return .failure(error)
        }
      case UInt8(DT_REG):
        guard PathName.isConnectionFileName(entry.name) else { return nil }
        guard seenFiles.insert(FileIdentity(device: folder.identity.device, inode: entry.inode)) else {
          return nil
        }
        return .file(FileLocation(directory: folder, name: entry.name, path: display))
      case UInt8(DT_LNK):
        guard walker.followSymlinks else { return nil }
        return followLink(entry.name, in: folder, display: display)
      default:
        return nil
      }
    }

    /// A symbolic link met in a walk, with `--follow-symlinks`.
    private mutating func followLink(_ name: [UInt8], in folder: DirectoryHandle, display: String) -> Entry? {
      var info = stat()
      guard withCName(name, { fstatat(folder.descriptor, $0, &info, 0) }) == 0 else {
        // A link named like a connection file that leads nowhere (a loop, a missing target)
        // is reported; other broken links are not our business.
        return PathName.isConnectionFileName(name) ? .failure(.cannotRead(path: display, reason: systemError())) : nil
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        switch folder.openChild(name, display: display, follow: true) {
        case .success(let handle): return enter(handle)
        case .failure(let error): return .failure(error)
        }
      case S_IFREG:
        guard PathName.isConnectionFileName(name), seenFiles.insert(FileIdentity(info)) else { return nil }
        // The file the link leads to is rewritten where it is, relative to its own folder.
        guard let real = Self.realPath(of: Array("/proc/self/fd/\(folder.descriptor)/".utf8) + name) else {
          return .failure(.cannotRead(path: display, reason: systemError()))
        }
        let (realFolder, realName) = PathName(bytes: real).split
        switch DirectoryHandle.open(PathName(bytes: realFolder), display: PathName.display(realFolder)) {
        case .success(let handle): return .file(FileLocation(directory: handle, name: realName, path: display))
        case .failure(let error): return .failure(.cannotRead(path: display, reason: Self.reason(of: error)))
        }
      default:
        return nil
      }
    }

    /// Lists `folder` and makes it the folder being walked; a folder reached again (through a
    /// link loop) is skipped.
    private mutating func enter(_ folder: DirectoryHandle) -> Entry? {
      guard visitedFolders.insert(folder.identity).inserted else { return nil }
      // A descriptor of its own for reading the listing (closedir closes it).
      let listing = openat(folder.descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard listing >= 0, let directory = fdopendir(listing) else {
        let reason = systemError()
        return .failure(.cannotRead(path: folder.path, reason: reason))
      }
      var names: [(name: [UInt8], type: UInt8, inode: UInt64)] = []
      errno = 0
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
        if name == [0x2E] || name == [0x2E, 0x2E] { continue }
        names.append((name, entry.pointee.d_type, UInt64(entry.pointee.d_ino)))
      }
      let failure = errno
      closedir(directory)
      if failure != 0 { return .failure(.cannotRead(path: folder.path, reason: systemError(failure))) }
      names.sort { $0.name.lexicographicallyPrecedes($1.name) }
      stack.append(Frame(handle: folder, remaining: names.reversed()))
      return nil
    }

    private static func type(of info: stat) -> UInt8 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: UInt8(DT_DIR)
      case S_IFREG: UInt8(DT_REG)
      case S_IFLNK: UInt8(DT_LNK)
      default: UInt8(DT_UNKNOWN) &+ 0xF0  // a special file: matched by nothing above
      }
    }

    fileprivate static func isLink(_ path: [UInt8]) -> Bool {
      var info = stat()
      return withCName(path) { lstat($0, &info) } == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    fileprivate static func realPath(of path: [UInt8]) -> [UInt8]? {
      guard let resolved = withCName(path, { realpath($0, nil) }) else { return nil }
      defer { free(resolved) }
      return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }

    private static func reason(of error: FileError) -> String {
      if case .cannotRead(_, let reason) = error { return reason }
      return error.description
    }
  }
}
