// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "rdpfile",
  products: [
    .library(name: "RDPFile", targets: ["RDPFile"]),
    .executable(name: "rdpfile", targets: ["rdpfile-cli"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "RDPFile"),
    .executableTarget(name: "rdpfile-cli", dependencies: ["RDPFile"]),
    .executableTarget(name: "rdpfile-bench", dependencies: ["RDPFile"]),
    // What both test targets share: where the test data is, FreeRDP's parser as an oracle, and
    // the promises every input must keep (also compiled into the fuzzer, Fuzz/).
    .target(name: "TestSupport", dependencies: ["RDPFile"], path: "Tests/TestSupport"),
    .testTarget(
      name: "RDPFileTests", dependencies: ["RDPFile", "TestSupport"], exclude: ["Snapshots", "FuzzRegressions"]),
    .testTarget(name: "CLITests", dependencies: ["rdpfile-cli", "RDPFile", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
