import Testing

@testable import RDPFile

@Suite("Strict decimal integers")
struct IntegerValueTests {
  @Test(
    "readings",
    arguments: [
      ("0", IntegerValue.valid(0)), ("3389", .valid(3389)), ("2147483647", .valid(2_147_483_647)),
      ("", .invalid(.empty)), (" 1", .invalid(.whitespace)), ("1 ", .invalid(.whitespace)),
      ("+5", .invalid(.sign)), ("-1", .invalid(.sign)), ("0x10", .invalid(.hexadecimal)),
      ("010", .invalid(.leadingZero)), ("12abc", .invalid(.notANumber)), ("1.5", .invalid(.notANumber)),
      ("2147483648", .invalid(.outOfRange)), ("99999999999999999999", .invalid(.outOfRange)),
      ("١٢", .invalid(.notANumber)),
    ])
  func readings(text: String, expected: IntegerValue) {
    #expect(IntegerValue(parsing: text) == expected)
  }
}
