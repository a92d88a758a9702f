/// Why a rewrite could not be made for one file. The file is then left as it was.
package enum RewriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A host name in an address did not resolve (in the requested family).
  case unresolvable(host: String, key: String, family: AddressFamily)
  /// The edits could not be applied.
  case edit(EditError)

  /// A one-line message.
  package var description: String {
    switch self {
    case .unresolvable(let host, let key, let family):
      let familyText = family == .any ? "" : " to an \(family == .ipv4 ? "IPv4" : "IPv6") address"
      return "\(key) host '\(TextEscaper.escape(host))' does not resolve\(familyText); file left unchanged"
    case .edit(let error):
      return error.description
    }
  }
}
