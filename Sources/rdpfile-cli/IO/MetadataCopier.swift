#if canImport(Glibc)
  import Glibc
#endif

/// Gives a replacement file everything the original had: owner and group, permission bits
/// (setuid, setgid and sticky included), and every extended attribute (POSIX ACLs, security
/// labels, user attributes), then checks that it worked. The replacement starts at mode 0600,
/// owned by whoever runs `rdpfile`; it gets its owner first and its mode after, so no moment
/// exists where it carries special bits for the wrong owner. Whatever cannot be carried over
/// is an error: a file is never replaced by one with wider access or without its ACL.
struct MetadataCopier {
  var operations: any FileOperations

  /// Makes `temporary` carry the metadata of `original` (open descriptor, and its `stat`).
  func copy(from original: Int32, _ info: stat, to temporary: Int32, path: String) throws(FileError) {
    guard let current = operations.fstat(temporary) else { throw .cannotWrite(path: path, reason: systemError()) }
    if current.st_uid != info.st_uid || current.st_gid != info.st_gid {
      guard operations.fchown(temporary, owner: info.st_uid, group: info.st_gid) == 0 else {
        throw .cannotKeepAttribute(path: path, what: "owner (uid \(info.st_uid), gid \(info.st_gid)): \(systemError())")
      }
    }
    guard operations.fchmod(temporary, mode: info.st_mode & 0o7777) == 0 else {
      throw .cannotKeepAttribute(path: path, what: "permissions: \(systemError())")
    }
    guard let wanted = operations.attributeNames(original) else {
      throw .cannotKeepAttribute(path: path, what: "extended attributes (they cannot be listed: \(systemError()))")
    }
    guard let present = operations.attributeNames(temporary) else {
      throw .cannotKeepAttribute(path: path, what: "extended attributes (\(systemError()))")
    }
    // A new file may inherit attributes the original does not have (a folder's default ACL,
    // a security label); the replacement must have exactly the original's.
    for name in present where !wanted.contains(name) {
      guard operations.removeAttribute(temporary, name) == 0 else {
        throw .cannotKeepAttribute(
          path: path, what: "extended attributes (\(PathName.display(name)) cannot be removed: \(systemError()))")
      }
    }
    var values: [[UInt8]: [UInt8]] = [:]
    for name in wanted {
      guard let value = operations.attribute(original, name) else {
        if errno == ENODATA { continue }  // removed meanwhile
        throw .cannotKeepAttribute(path: path, what: "extended attribute \(PathName.display(name)) (\(systemError()))")
      }
      values[name] = value
      if operations.attribute(temporary, name) == value { continue }
      guard operations.setAttribute(temporary, name, value) == 0 else {
        throw .cannotKeepAttribute(path: path, what: "extended attribute \(PathName.display(name)) (\(systemError()))")
      }
    }
    try check(temporary, against: info, attributes: values, path: path)
  }

  /// Reads back what the replacement carries and compares it with the original.
  private func check(_ temporary: Int32, against info: stat, attributes: [[UInt8]: [UInt8]], path: String)
    throws(FileError)
  {
    guard let result = operations.fstat(temporary) else { throw .cannotWrite(path: path, reason: systemError()) }
    guard result.st_uid == info.st_uid, result.st_gid == info.st_gid else {
      throw .cannotKeepAttribute(path: path, what: "owner")
    }
    guard result.st_mode & 0o7777 == info.st_mode & 0o7777 else {
      throw .cannotKeepAttribute(
        path: path,
        what:
          "permissions (\(String(info.st_mode & 0o7777, radix: 8)) became \(String(result.st_mode & 0o7777, radix: 8)))"
      )
    }
    guard let names = operations.attributeNames(temporary), Set(names) == Set(attributes.keys) else {
      throw .cannotKeepAttribute(path: path, what: "extended attributes")
    }
    for (name, value) in attributes where operations.attribute(temporary, name) != value {
      throw .cannotKeepAttribute(path: path, what: "extended attribute \(PathName.display(name))")
    }
  }
}
