/// Why a server refused the requested protocols (an RDP Negotiation Failure, [MS-RDPBCGR]
/// 2.2.1.2.2).
package enum NegotiationFailure: Sendable, Hashable, CustomStringConvertible {
  /// 1: the server requires TLS (it refuses Standard RDP Security).
  case tlsRequired
  /// 2: the server does not allow TLS (it speaks only Standard RDP Security).
  case tlsNotAllowed
  /// 3: the server has no usable certificate.
  case certificateNotOnServer
  /// 4: the request's flags made no sense to the server.
  case inconsistentFlags
  /// 5: the server requires CredSSP (Network Level Authentication).
  case credSSPRequired
  /// 6: the server requires TLS with user authentication.
  case tlsWithUserAuthenticationRequired
  /// A code the specification does not define.
  case unknown(UInt32)

  init(code: UInt32) {
    switch code {
    case 1: self = .tlsRequired
    case 2: self = .tlsNotAllowed
    case 3: self = .certificateNotOnServer
    case 4: self = .inconsistentFlags
    case 5: self = .credSSPRequired
    case 6: self = .tlsWithUserAuthenticationRequired
    default: self = .unknown(code)
    }
  }

  /// The code on the wire.
  package var code: UInt32 {
    switch self {
    case .tlsRequired: 1
    case .tlsNotAllowed: 2
    case .certificateNotOnServer: 3
    case .inconsistentFlags: 4
    case .credSSPRequired: 5
    case .tlsWithUserAuthenticationRequired: 6
    case .unknown(let code): code
    }
  }

  /// The specification's name (`SSL_REQUIRED_BY_SERVER`, …).
  package var name: String {
    switch self {
    case .tlsRequired: "SSL_REQUIRED_BY_SERVER"
    case .tlsNotAllowed: "SSL_NOT_ALLOWED_BY_SERVER"
    case .certificateNotOnServer: "SSL_CERT_NOT_ON_SERVER"
    case .inconsistentFlags: "INCONSISTENT_FLAGS"
    case .credSSPRequired: "HYBRID_REQUIRED_BY_SERVER"
    case .tlsWithUserAuthenticationRequired: "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER"
    case .unknown(let code): "unknown failure code \(code)"
    }
  }

  /// In words.
  package var description: String {
    switch self {
    case .tlsRequired: "the server requires TLS"
    case .tlsNotAllowed: "the server does not allow TLS (it speaks only standard RDP security)"
    case .certificateNotOnServer: "the server has no usable certificate"
    case .inconsistentFlags: "the server found the request's flags inconsistent"
    case .credSSPRequired: "the server requires Network Level Authentication (CredSSP)"
    case .tlsWithUserAuthenticationRequired: "the server requires TLS with user authentication"
    case .unknown(let code): "the server refused with failure code \(code), which the protocol does not define"
    }
  }
}
