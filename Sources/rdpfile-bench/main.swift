import RDPFile

#if canImport(Glibc)
  import Glibc
#endif

// rdpfile-bench: in-process benchmarks of parse, serialize, effective view, lint and fix.
//
//   swift run -c release rdpfile-bench [--json] [--quick] [--corpus DIR] [--parse FILE...]
//
// --only OPERATION and --input TEXT restrict the cases and --loop N runs them N times untimed
// (for callgrind); --quick takes few short samples (a smoke run for CI); --parse FILE times only the parse of
// the given files (used by scripts/bench.sh next to FreeRDP's own benchmark).

var arguments = Array(CommandLine.arguments.dropFirst())
var json = false
var quick = false
var corpus: String?
var parseFiles: [String] = []
var only: String?
var loop: Int?
var inputFilter: String?
while let argument = arguments.first {
  arguments.removeFirst()
  switch argument {
  case "--json": json = true
  case "--quick": quick = true
  case "--corpus":
    guard let value = arguments.first else { fatalError("--corpus needs a folder") }
    corpus = value
    arguments.removeFirst()
  case "--only":
    only = arguments.first
    arguments.removeFirst()
  case "--loop":
    loop = arguments.first.flatMap(Int.init)
    arguments.removeFirst()
  case "--input":
    inputFilter = arguments.first
    arguments.removeFirst()
  case "--parse":
    parseFiles = arguments
    arguments = []
  default:
    print("usage: rdpfile-bench [--json] [--quick] [--corpus DIR] [--parse FILE...]")
    exit(64)
  }
}

let samples = quick ? 3 : 15
let sampleSeconds = quick ? 0.01 : 0.1

func readFile(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { fatalError("cannot read \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&chunk, 1, chunk.count, file)
    if count == 0 { break }
    bytes += chunk[0..<count]
  }
  return bytes
}

func corpusFiles(_ folder: String) -> [[UInt8]] {
  guard let directory = opendir(folder) else { fatalError("cannot open \(folder)") }
  var names: [String] = []
  while let entry = readdir(directory) {
    let name = withUnsafePointer(to: entry.pointee.d_name) {
      $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
    }
    if name.lowercased().hasSuffix(".rdp") { names.append(name) }
  }
  closedir(directory)
  return names.sorted().map { readFile(folder + "/" + $0) }
}

var results: [Measurement] = []

if !parseFiles.isEmpty {
  for path in parseFiles {
    let bytes = readFile(path)
    results.append(
      Measurement(
        name: "parse", input: path, bytes: bytes.count,
        samples: measure(samples: samples, sampleSeconds: sampleSeconds) {
          consume(RDPDocument(bytes: bytes))
        }))
    // Parsing plus the effective view decodes every key and value, as FreeRDP's parser does.
    results.append(
      Measurement(
        name: "parse+effective", input: path, bytes: bytes.count,
        samples: measure(samples: samples, sampleSeconds: sampleSeconds) {
          consume(RDPDocument(bytes: bytes).effective.connection)
        }))
  }
} else {
  var inputs: [(String, () -> [[UInt8]])] = [
    ("mstsc 2.5 KB UTF-16LE", { [BenchInputs.mstscUTF16] }),
    ("mstsc 1.3 KB UTF-8", { [BenchInputs.mstscUTF8] }),
    ("1 MiB UTF-16LE", { [BenchInputs.big(utf16: true)] }),
    ("1 MiB UTF-8", { [BenchInputs.big(utf16: false)] }),
  ]
  if let corpus { inputs.append(("real-world corpus (all files)", { corpusFiles(corpus) })) }
  let resolver = StaticResolver(["rdsh01.corp.example.com": ["192.0.2.10"]])
  let linter = Linter()
  let useIP = RewritePlan(workarounds: [.useIPAddress(.any)])
  for (name, makeFiles) in inputs where inputFilter.map({ name.contains($0) }) ?? true {
    let files = makeFiles()
    let bytes = files.reduce(0) { $0 + $1.count }
    let documents = files.map { RDPDocument(bytes: $0) }
    let big = bytes > 100_000
    let caseSamples = big ? max(3, samples / 3) : samples
    func add(_ operation: String, _ body: () -> Void) {
      guard only.map({ operation.hasPrefix($0) }) ?? true else { return }
      if let loop {
        // Profiling: run the case a fixed number of times, untimed (valgrind --tool=callgrind).
        for _ in 0..<loop { body() }
        return
      }
      results.append(
        Measurement(
          name: operation, input: name, bytes: bytes,
          samples: measure(samples: caseSamples, sampleSeconds: sampleSeconds, body)))
    }
    add("parse") { for file in files { consume(RDPDocument(bytes: file)) } }
    add("serialize") { for document in documents { consume(document.serialized()) } }
    add("effective") { for document in documents { consume(document.effective.connection) } }
    add("lint") { for document in documents { consume(linter.lint(document)) } }
    add("fix --use-ip") { for document in documents { consume(useIP.apply(to: document, resolver: resolver)) } }
  }
}

func format(_ value: Double, _ digits: Int) -> String {
  var text = String(Int((value * pow(10, Double(digits))).rounded()))
  while text.count <= digits { text = "0" + text }
  return digits == 0 ? text : String(text.dropLast(digits)) + "." + String(text.suffix(digits))
}

if json {
  var lines: [String] = []
  for result in results {
    lines.append(
      "{\"operation\":\"\(result.name)\",\"input\":\"\(result.input)\",\"bytes\":\(result.bytes),\"samples\":\(result.samples.count),"
        + "\"median_us\":\(format(result.microseconds, 3)),\"p10_us\":\(format(result.percentile(0.1) * 1e6, 3)),"
        + "\"p90_us\":\(format(result.percentile(0.9) * 1e6, 3)),\"MB_per_s\":\(format(result.megabytesPerSecond, 1))}")
  }
  print(lines.joined(separator: "\n"))
} else {
  print("operation      input                             bytes      median µs    p10–p90 µs             MB/s")
  for result in results {
    let spread = "\(format(result.percentile(0.1) * 1e6, 2))–\(format(result.percentile(0.9) * 1e6, 2))"
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(1, width - text.count))
    }
    print(
      pad(result.name, 15) + pad(result.input, 34) + pad(String(result.bytes), 11)
        + pad(format(result.microseconds, 2), 13) + pad(spread, 23) + format(result.megabytesPerSecond, 1))
  }
}
