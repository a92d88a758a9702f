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
    .testTarget(name: "RDPFileTests", dependencies: ["RDPFile"], exclude: ["Snapshots", "FuzzRegressions"]),
    .testTarget(name: "CLITests", dependencies: ["rdpfile-cli", "RDPFile"]),
  ],
  swiftLanguageModes: [.v6]
)
