// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenKit", targets: ["SitegenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The cmark C library, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // All of sitegen's logic: content loading, Markdown, site graph, templates, output.
        .target(
            name: "SitegenKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The command-line layer: parses arguments and calls SitegenKit.
        // `sitegen serve`: the preview server, file watching and live reload. A target of its own
        // so that FlyingFox compiles alongside SitegenKit instead of before it (a shorter cold build).
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenKit",
                "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitegenKitTests",
            // `sitegen` is listed so the end-to-end tests can run the built executable.
            dependencies: ["SitegenKit", "SitegenServe", "sitegen"]
        ),
    ]
)
