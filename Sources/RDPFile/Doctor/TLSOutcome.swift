/// What the start of a TLS handshake showed.
package enum TLSOutcome: Sendable, Hashable {
  /// The server's certificate chain (leaf first), the TLS version and cipher suite it chose.
  case certificates([Certificate], version: UInt16, cipherSuite: UInt16)
  /// The server chose TLS 1.3, where the certificate travels encrypted and cannot be read
  /// without completing the handshake.
  case tls13
  /// The server sent an alert (`level`, `description` as the TLS specification numbers them).
  case alert(level: UInt8, description: UInt8)
  /// The server finished its hello without a certificate.
  case noCertificate
  /// The bytes are not a TLS handshake the doctor can follow.
  case malformed(String)

  /// `TLS 1.2`, `TLS 1.0`, … for a protocol version number.
  package static func versionName(_ version: UInt16) -> String {
    switch version {
    case 0x0300: "SSL 3.0"
    case 0x0301: "TLS 1.0"
    case 0x0302: "TLS 1.1"
    case 0x0303: "TLS 1.2"
    case 0x0304: "TLS 1.3"
    default: "version 0x\(String(version, radix: 16))"
    }
  }

  /// The name of a TLS alert description.
  package static func alertName(_ description: UInt8) -> String {
    switch description {
    case 0: "close_notify"
    case 10: "unexpected_message"
    case 40: "handshake_failure"
    case 42: "bad_certificate"
    case 47: "illegal_parameter"
    case 50: "decode_error"
    case 70: "protocol_version"
    case 71: "insufficient_security"
    case 80: "internal_error"
    case 86: "inappropriate_fallback"
    case 109: "missing_extension"
    case 112: "unrecognized_name"
    default: "alert \(description)"
    }
  }
}
