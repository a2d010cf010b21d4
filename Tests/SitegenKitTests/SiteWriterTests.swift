import Foundation
import Testing
import SitegenKit

/// sitegen writes only what changed, removes only what it wrote, and refuses unsafe directories.
@Suite struct SiteWriterTests {
    private func build(_ root: URL, output: String = "site") throws(BuildFailure) -> BuildResult {
        try SiteBuilder(workingDirectory: root.path).build(BuildOptions(
            contentDirectory: root.appendingPathComponent("content").path,
            templatesDirectory: root.appendingPathComponent("templates").path,
            outputDirectory: root.appendingPathComponent(output).path))
    }

    private func copyFixture() throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Fixtures.basicSite.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    private func modificationDate(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let root = try copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let page200 = root.appendingPathComponent("site/200/index.html")
        let page307 = root.appendingPathComponent("site/307/index.html")
        let old = Date(timeIntervalSince1970: 1_000_000)
        for page in [page200, page307] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: page.path) }

        let file = root.appendingPathComponent("content/codes/307.md")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "the method stays", with: "the method is kept")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try build(root)
        #expect(try modificationDate(page200) == old)
        #expect(try modificationDate(page307) != old)
        #expect(result.writeSummary?.written == 1)
    }

    @Test func removedPagesDisappearButForeignFilesStay() throws {
        let root = try copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        try "example.org".write(to: root.appendingPathComponent("site/CNAME"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/codes/499.md"))
        let result = try build(root)
        #expect(result.writeSummary?.removed == 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/499").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/499.json").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/CNAME").path))
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let root = try copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let before = try DiskFileSystem().files(under: root.appendingPathComponent("site").path)
        let snapshot = try Data(contentsOf: root.appendingPathComponent("site/303/index.html"))
        try "---\ncode: 303\ntitle: See Other\nrelated: [999]\n---\nChanged.\n"
            .write(to: root.appendingPathComponent("content/codes/303.md"), atomically: true, encoding: .utf8)
        #expect(throws: BuildFailure.self) { try build(root) }
        #expect(try DiskFileSystem().files(under: root.appendingPathComponent("site").path) == before)
        #expect(try Data(contentsOf: root.appendingPathComponent("site/303/index.html")) == snapshot)
    }

    @Test func refusesDirectoriesItDidNotCreate() throws {
        let root = try copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try "keep".write(to: root.appendingPathComponent("mine/notes.txt"), atomically: true, encoding: .utf8)
        for output in ["mine", ".", "content", "templates"] {
            #expect(throws: BuildFailure.self) { try build(root, output: output) }
        }
        #expect(try String(contentsOf: root.appendingPathComponent("mine/notes.txt"), encoding: .utf8) == "keep")
    }
}
