/// A moment in a certificate (`notBefore`, `notAfter`), in whole seconds since 1970 UTC.
public struct CertificateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let secondsSince1970: Int64

  /// A moment from seconds since 1970 UTC.
  public init(secondsSince1970: Int64) {
    self.secondsSince1970 = secondsSince1970
  }

  /// The moment as `YYYY-MM-DDTHH:MM:SSZ`.
  public var description: String {
    let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
    let seconds = secondsSince1970 - days * 86_400
    let (year, month, day) = Self.civil(fromDays: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(year)
    return "\(String(repeating: "0", count: max(0, 4 - yearText.count)))\(yearText)-\(two(month))-\(two(day))T"
      + "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
  }

  /// Whether `lhs` is earlier than `rhs`.
  public static func < (lhs: CertificateTime, rhs: CertificateTime) -> Bool {
    lhs.secondsSince1970 < rhs.secondsSince1970
  }

  /// Reads an ASN.1 `UTCTime` (`YYMMDDHHMMSSZ`, years 50–99 are 19xx) or `GeneralizedTime`
  /// (`YYYYMMDDHHMMSS[.fff]Z`) element.
  init(_ node: DERNode) throws(DERError) {
    let text = Array(node.content)
    let yearDigits: Int
    switch node.identifier {
    case DERNode.utcTime: yearDigits = 2
    case DERNode.generalizedTime: yearDigits = 4
    default: throw DERError("validity: expected a time")
    }
    func number(_ start: Int, _ count: Int) throws(DERError) -> Int64 {
      guard start + count <= text.count else { throw DERError("validity: time too short") }
      var value: Int64 = 0
      for byte in text[start..<(start + count)] {
        guard (0x30...0x39).contains(byte) else { throw DERError("validity: time has a non-digit") }
        value = value * 10 + Int64(byte - 0x30)
      }
      return value
    }
    var year = try number(0, yearDigits)
    if yearDigits == 2 { year += year < 50 ? 2000 : 1900 }
    let month = try number(yearDigits, 2)
    let day = try number(yearDigits + 2, 2)
    let hour = try number(yearDigits + 4, 2)
    let minute = try number(yearDigits + 6, 2)
    let second = try number(yearDigits + 8, 2)
    guard text.last == UInt8(ascii: "Z") else { throw DERError("validity: time is not in UTC") }
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else {
      throw DERError("validity: time out of range")
    }
    let days = Self.days(fromCivil: year, month, day)
    secondsSince1970 = days * 86_400 + hour * 3600 + minute * 60 + second
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day count since 1970-01-01.
  static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
