/// Writes JSON straight into bytes, object by object, for output written per finding (no
/// ``JSONValue`` tree is built and torn down for each one). Its text is the same as
/// ``JSONValue/write(into:pretty:indent:)`` would give for the same values.
struct JSONWriter {
  /// The text so far.
  var output: [UInt8]
  private let pretty: Bool
  /// The depth of the first value written (as `indent` of ``JSONValue/write(into:pretty:indent:)``).
  private let baseIndent: Int
  /// The innermost open container: whether it is an array, and how many members it has so
  /// far; `level` is the number of open containers minus one.
  private var isArray = false
  private var count = 0
  private var level = -1
  /// The same for the containers around it.
  private var enclosing: [(isArray: Bool, count: Int)] = []

  /// Starts writing a value at depth `indent`.
  init(pretty: Bool, indent: Int = 0, capacity: Int = 0) {
    self.pretty = pretty
    baseIndent = indent
    output = []
    output.reserveCapacity(capacity)
  }

  /// The depth of the innermost open container.
  private var depth: Int { baseIndent + level }

  /// Starts an object (as an array element, or after ``key(_:)``).
  mutating func beginObject() { begin(0x7B, isArray: false) }

  /// Ends the innermost object.
  mutating func endObject() { end(0x7D) }

  /// Starts an array.
  mutating func beginArray() { begin(0x5B, isArray: true) }

  /// Ends the innermost array.
  mutating func endArray() { end(0x5D) }

  /// Starts an object member: the value written next is its value. Names are literals of
  /// printable ASCII without quotes or backslashes, copied as they are.
  mutating func key(_ name: StaticString) {
    separate()
    output.append(0x22)
    output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    output.append(0x22)
    output.append(0x3A)
    if pretty { output.append(0x20) }
  }

  /// A string value.
  mutating func string(_ value: String) {
    elementInArray()
    JSONValue.writeString(value, into: &output)
  }

  /// An integer value.
  mutating func int(_ value: Int) {
    elementInArray()
    JSONValue.int(value).write(into: &output)
  }

  /// A value already built as a tree.
  mutating func value(_ value: JSONValue) {
    elementInArray()
    value.write(into: &output, pretty: pretty, indent: depth + 1)
  }

  /// A member with a string value.
  mutating func member(_ name: StaticString, _ value: String) {
    key(name)
    JSONValue.writeString(value, into: &output)
  }

  /// A member whose value is an object of one string member: `"name": {"inner": value}`.
  mutating func member(_ name: StaticString, _ inner: StaticString, _ value: String) {
    key(name)
    beginObject()
    member(inner, value)
    endObject()
  }

  /// A member with an integer value.
  mutating func member(_ name: StaticString, _ value: Int) {
    key(name)
    JSONValue.int(value).write(into: &output)
  }

  /// A member with a value already built as a tree.
  mutating func member(_ name: StaticString, _ value: JSONValue) {
    key(name)
    value.write(into: &output, pretty: pretty, indent: depth + 1)
  }

  private mutating func begin(_ byte: UInt8, isArray: Bool) {
    elementInArray()
    output.append(byte)
    enclosing.append((self.isArray, count))
    self.isArray = isArray
    count = 0
    level += 1
  }

  private mutating func end(_ byte: UInt8) {
    if count > 0, pretty { newline(depth) }
    (isArray, count) = enclosing.removeLast()
    level -= 1
    output.append(byte)
  }

  /// The comma and line break before a member of the innermost container.
  private mutating func separate() {
    if count > 0 { output.append(0x2C) }
    count += 1
    if pretty { newline(depth + 1) }
  }

  private mutating func elementInArray() {
    if level >= 0, isArray { separate() }
  }

  private mutating func newline(_ indent: Int) {
    JSONValue.newline(indent, into: &output)
  }
}
