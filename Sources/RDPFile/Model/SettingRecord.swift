/// What the effective view remembers about one setting line, in sixteen bytes: which line, its
/// catalogue entry, the previous line of the same key, and its strict integer reading. The
/// rest (key, value, their positions) is read from the line when asked for.
struct SettingRecord: Sendable, Hashable {
  /// The 0-based line index in the document.
  var line: UInt32
  /// The position (among the setting records) of the previous line with the same key, or -1.
  var previous: Int32
  /// The catalogue entry index, or -1 for an unknown key.
  var property: Int16
  /// 0 for a valid integer, otherwise 1 + the index of the problem.
  private var problem: UInt8
  /// The integer, when valid.
  private var value: Int32

  init(line: Int, property: Int, integer: IntegerValue) {
    self.line = UInt32(line)
    previous = -1
    self.property = Int16(property)
    switch integer {
    case .valid(let number):
      problem = 0
      value = Int32(number)
    case .invalid(let reason):
      problem = UInt8(Self.problems.firstIndex(of: reason)! + 1)
      value = 0
    }
  }

  var integer: IntegerValue {
    problem == 0 ? .valid(Int(value)) : .invalid(Self.problems[Int(problem) - 1])
  }

  /// The problems by code (`allCases` would build a new array on every call).
  private static let problems = IntegerValue.Problem.allCases
}
