/// Replaces host names in `full address` and `alternate full address` with IP addresses.
///
/// The port written in the address stays; an IPv6 address goes in brackets, and gets the
/// effective port when none was written (FreeRDP mis-reads IPv6 without a port). Spaces around
/// the value stay as they were. Gateway names are never replaced: the gateway's TLS
/// certificate is checked against its name.
struct AddressRewriter {
  var family: AddressFamily
  var resolver: any HostResolver

  func edits(for context: EffectiveSettings) throws(RewriteError) -> [(Edit, String)] {
    var edits: [(Edit, String)] = []
    for key in LintContext.addressKeys {
      guard let line = context.effectiveLine(forKey: key), !line.valueIsBlank else { continue }
      let address = HostAddress(parsing: line.value)
      guard address.kind == .name else { continue }
      guard let ip = resolver.addresses(of: address.host, family: family).first else {
        throw .unresolvable(host: address.host, key: key, family: family)
      }
      var port = address.portText
      if port == nil, IPAddress.isIPv6(ip) { port = String(context.connection.port) }
      let replacement = LintContext.addressText(host: ip, port: port)
      let value = line.value
      let leading = value.prefix { $0 == " " || $0 == "\t" }
      let trailing = value.reversed().prefix { $0 == " " || $0 == "\t" }
      let newValue = String(leading) + replacement + String(trailing.reversed())
      edits.append(
        (
          .replaceValue(line: line.index, syntax: line.syntax, with: newValue),
          "\(key): \(TextEscaper.escape(address.formatted)) → \(replacement)"
        ))
    }
    return edits
  }
}
