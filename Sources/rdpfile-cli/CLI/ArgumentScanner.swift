import RDPFile

/// Walks command-line arguments: options (`--name`, `--name=value`, `-x`) and positionals;
/// everything after `--` is positional.
struct ArgumentScanner {
  enum Argument: Equatable {
    case option(String, inlineValue: String?)
    case positional(String)
  }

  private var remaining: ArraySlice<String>
  private var onlyPositionals = false

  init(_ arguments: [String]) {
    remaining = arguments[...]
  }

  mutating func next() -> Argument? {
    guard let argument = remaining.popFirst() else { return nil }
    if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
      return .positional(argument)
    }
    if argument == "--" {
      onlyPositionals = true
      return next()
    }
    if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
      return .option(String(argument[..<equals]), inlineValue: String(argument[argument.index(after: equals)...]))
    }
    return .option(argument, inlineValue: nil)
  }

  /// The value of an option: inline (`--x=v`) or the next argument.
  mutating func value(of option: String, inline: String?) throws(UsageError) -> String {
    if let inline { return inline }
    guard let value = remaining.popFirst() else { throw UsageError("\(option) needs a value") }
    return value
  }

  /// An integer option value within `range`.
  mutating func integer(of option: String, inline: String?, in range: ClosedRange<Int>) throws(UsageError) -> Int {
    let text = try value(of: option, inline: inline)
    guard let number = Int(text), range.contains(number) else {
      throw UsageError("\(option) takes a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
    }
    return number
  }

  /// The value of `--format`, which must be one of `allowed`.
  mutating func format(inline: String?, allowing allowed: [String]) throws(UsageError) -> String {
    let value = try value(of: "--format", inline: inline)
    guard allowed.contains(value) else {
      let list =
        allowed.count == 2
        ? allowed.joined(separator: " or ") : allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
      throw UsageError("--format takes \(list), not '\(TextEscaper.escape(value))'")
    }
    return value
  }
}
