/// Writes JSON straight into bytes, object by object, for output written per finding (no
/// ``JSONValue`` tree is built and torn down for each one). Its text is the same as
/// ``JSONValue/write(into:pretty:indent:)`` would give for the same values.
struct JSONWriter {
  /// The text so far.
  var output: [UInt8]
  private let pretty: Bool
  /// The depth of the first value written (as `indent` of ``JSONValue/write(into:pretty:indent:)``).
  private let baseIndent: Int
  /// The open containers: whether each is an array, and how many members it has so far.
  private var open: [(isArray: Bool, count: Int)] = []

  /// Starts writing a value at depth `indent`.
  init(pretty: Bool, indent: Int = 0, capacity: Int = 0) {
    self.pretty = pretty
    baseIndent = indent
    output = []
    output.reserveCapacity(capacity)
  }

  /// The depth of the innermost open container.
  private var depth: Int { baseIndent + open.count - 1 }

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
    open.append((isArray, 0))
  }

  private mutating func end(_ byte: UInt8) {
    if open[open.count - 1].count > 0, pretty { newline(depth) }
    open.removeLast()
    output.append(byte)
  }

  /// The comma and line break before a member of the innermost container.
  private mutating func separate() {
    let last = open.count - 1
    if open[last].count > 0 { output.append(0x2C) }
    open[last].count += 1
    if pretty { newline(depth + 1) }
  }

  private mutating func elementInArray() {
    if let last = open.last, last.isArray { separate() }
  }

  private mutating func newline(_ indent: Int) {
    output.append(0x0A)
    output.append(contentsOf: repeatElement(0x20, count: indent * 2))
  }
}
