// swift-tools-version: 6.0
// libFuzzer targets for sitegen, kept in their own package so the normal `swift build` and
// `swift test` never see them. Build and run with `fuzz/run.sh TARGET SECONDS`.
import PackageDescription

// libFuzzer supplies `main`; each target defines only `LLVMFuzzerTestOneInput`.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "sitegen", path: "..")],
    targets: [
        // Shared: the project's own templates and content, read once, as the fixed part of each run.
        .target(name: "FuzzSupport", dependencies: [.product(name: "SitegenKit", package: "sitegen")]),
        // The content loader and front-matter reader on one file of arbitrary bytes.
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzSupport", .product(name: "SitegenKit", package: "sitegen")],
                          swiftSettings: fuzzTarget),
        // A whole small site in memory: load → render → graph → templates → write.
        .executableTarget(name: "FuzzSite", dependencies: ["FuzzSupport", .product(name: "SitegenKit", package: "sitegen")],
                          swiftSettings: fuzzTarget),
    ]
)
