/// Makes a CMS detached signature of content. The command-line tool passes one backed by the
/// `openssl` program and the user's certificate and key; the library never sees key material.
package protocol ContentSigner: Sendable {
  /// A DER CMS `SignedData` over `content`, detached and without signed attributes.
  func sign(_ content: [UInt8]) throws(SigningError) -> [UInt8]
}

/// Why a file could not be signed.
package struct SigningError: Error, Sendable, Hashable, CustomStringConvertible {
  /// One line saying what went wrong.
  package let description: String

  /// An error with a message.
  package init(_ description: String) {
    self.description = description
  }
}
