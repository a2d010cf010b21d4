import Foundation
import SitegenKit
import Testing

/// Paths and in-memory copies of the test fixtures.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let basicSite = directory.appendingPathComponent("basic-site")
    static let olderShapes = directory.appendingPathComponent("older-shapes")
    /// The package root, for tests that build the real content.
    static let packageRoot = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The index of a site held in memory (`files`: paths under `content/` and their text), for
    /// tests of what is built on the index.
    static func siteIndex(_ files: [String: String], assetPaths: Set<String> = []) throws -> SiteIndex {
        var log = DiagnosticLog()
        var content = try #require(ContentLoader(fileSystem: MemoryFileSystem(files: files)).load(from: "content", log: &log))
        return SiteIndex(content: &content, assetPaths: assetPaths, log: &log)
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// Copies `source` (a directory on disk) into `fileSystem` under `prefix`.
    static func copy(_ source: URL, into fileSystem: MemoryFileSystem, as prefix: String) throws {
        for file in try DiskFileSystem().files(under: source.path) {
            fileSystem.setFile("\(prefix)/\(file)", try Data(contentsOf: source.appendingPathComponent(file)))
        }
    }

    /// The basic site's content and templates in memory, at `content/` and `templates/`.
    static func basicSiteInMemory() throws -> MemoryFileSystem {
        let fileSystem = MemoryFileSystem()
        try copy(basicSite.appendingPathComponent("content"), into: fileSystem, as: "content")
        try copy(basicSite.appendingPathComponent("templates"), into: fileSystem, as: "templates")
        return fileSystem
    }

    /// Runs `check` on an in-memory site and returns every warning and error as printed
    /// (notes, such as the one about a missing `base_url`, are left out).
    static func diagnostics(of fileSystem: MemoryFileSystem, strict: Bool = false) -> [String] {
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").check(BuildOptions(strict: strict)).diagnostics
        } catch {
            diagnostics = error.diagnostics
        }
        return diagnostics.filter { $0.severity != .note }.map(\.description)
    }

    /// The built `sitegen` executable; the test bundle sits next to the built products.
    static var sitegenExecutable: URL {
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("sitegen").path), directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("sitegen")
    }

    /// A temporary copy of the basic site's `content/` and `templates/`, removed by the caller.
    static func basicSiteOnDisk() throws -> URL {
        let root = try temporaryDirectory()
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: basicSite.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
