/// The `xn--` form of internationalised domain name labels (RFC 3492): decoded, so that a name
/// written in ASCII can be checked for the letters it will show, and encoded, so that
/// blocklists get the form DNS sees.
enum Punycode {
  private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700

  /// The Unicode form of one label without its `xn--` prefix, or `nil` when it is not valid
  /// punycode.
  static func decode(_ label: Substring) -> String? {
    var output: [UInt32] = []
    var input = Array(label.unicodeScalars)
    if let delimiter = input.lastIndex(of: "-") {
      for scalar in input[..<delimiter] {
        guard scalar.isASCII else { return nil }
        output.append(scalar.value)
      }
      input = Array(input[(delimiter + 1)...])
    }
    var n = 128
    var i = 0
    var bias = 72
    var position = 0
    while position < input.count {
      let oldI = i
      var weight = 1
      var k = base
      while true {
        guard position < input.count, let digit = digit(of: input[position]) else { return nil }
        position += 1
        let (product, overflow) = digit.multipliedReportingOverflow(by: weight)
        guard !overflow, i <= Int(Int32.max) - product else { return nil }
        i += product
        let t = threshold(k, bias)
        if digit < t { break }
        weight *= base - t
        guard weight < Int(Int32.max) else { return nil }
        k += base
      }
      let length = output.count + 1
      bias = adapt(i - oldI, length, first: oldI == 0)
      n += i / length
      i %= length
      guard n <= 0x10FFFF, output.count < 64 else { return nil }
      output.insert(UInt32(n), at: i)
      i += 1
    }
    var text = ""
    for value in output {
      guard let scalar = Unicode.Scalar(value) else { return nil }
      text.unicodeScalars.append(scalar)
    }
    return text
  }

  /// The ASCII form of a host name: each label with letters outside ASCII becomes `xn--…`.
  static func encode(host: String) -> String {
    host.lowercased().split(separator: ".", omittingEmptySubsequences: false).map { label in
      label.allSatisfy(\.isASCII) ? String(label) : "xn--" + encode(label: label)
    }.joined(separator: ".")
  }

  /// One label, without the `xn--` prefix.
  private static func encode(label: Substring) -> String {
    let input = label.unicodeScalars.map { Int($0.value) }
    var output = String(String.UnicodeScalarView(label.unicodeScalars.filter(\.isASCII)))
    let basic = output.unicodeScalars.count
    var handled = basic
    if basic > 0 { output.append("-") }
    var n = 128
    var delta = 0
    var bias = 72
    while handled < input.count {
      let m = input.filter { $0 >= n }.min()!
      delta += (m - n) * (handled + 1)
      n = m
      for code in input {
        if code < n { delta += 1 }
        guard code == n else { continue }
        var q = delta
        var k = base
        while true {
          let t = threshold(k, bias)
          if q < t { break }
          output.append(character(t + (q - t) % (base - t)))
          q = (q - t) / (base - t)
          k += base
        }
        output.append(character(q))
        bias = adapt(delta, handled + 1, first: handled == basic)
        delta = 0
        handled += 1
      }
      delta += 1
      n += 1
    }
    return output
  }

  private static func threshold(_ k: Int, _ bias: Int) -> Int {
    k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
  }

  private static func adapt(_ delta: Int, _ count: Int, first: Bool) -> Int {
    var delta = first ? delta / damp : delta / 2
    delta += delta / count
    var shift = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      shift += base
    }
    return shift + (base - tMin + 1) * delta / (delta + skew)
  }

  private static func digit(of scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value) - 0x30 + 26
    case 0x41...0x5A: Int(scalar.value) - 0x41
    case 0x61...0x7A: Int(scalar.value) - 0x61
    default: nil
    }
  }

  private static func character(_ digit: Int) -> Character {
    Character(Unicode.Scalar(UInt8(digit < 26 ? 0x61 + digit : 0x30 + digit - 26)))
  }
}
