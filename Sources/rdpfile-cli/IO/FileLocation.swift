/// Where a file is: a name inside an open folder, and the path to show for it.
struct FileLocation: Sendable {
  /// The folder the file is in, opened once.
  var directory: DirectoryHandle
  /// The file's name in that folder (one component, any bytes but `/` and NUL).
  var name: [UInt8]
  /// The path to print, as the user would recognise it.
  var path: String
}
