import Foundation
import Testing
import SitegenKit

/// Plain pages keep no body after loading; the build reads each file again when it renders it.
@Suite struct PlainPageBodyTests {
    private let page = "---\ntitle: Retrying\n---\n# Retrying\n\nWait, then [retry](../codes/503.md).\n"

    private func load(_ fileSystem: MemoryFileSystem) throws -> PlainDocument {
        var log = DiagnosticLog()
        let content = try #require(ContentLoader(fileSystem: fileSystem).load(from: "content", log: &log))
        return try #require(content.pages.first)
    }

    @Test func readsTheBodyWithTheFilesLineNumbers() throws {
        let fileSystem = MemoryFileSystem(files: ["content/guides/retrying.md": page])
        var log = DiagnosticLog()
        let body = PlainPageBody.read(try load(fileSystem), fileSystem: fileSystem, log: &log)
        // The three front-matter lines become empty lines, so the heading stays on line 4.
        #expect(body == "\n\n\n# Retrying\n\nWait, then [retry](../codes/503.md).\n")
        #expect(log.sorted.isEmpty)
    }

    @Test func aFileEditedDuringTheBuildIsAnErrorNotAMixedPage() throws {
        let fileSystem = MemoryFileSystem(files: ["content/guides/retrying.md": page])
        let document = try load(fileSystem)
        fileSystem.setFile("content/guides/retrying.md", Data(page.replacingOccurrences(of: "Wait", with: "Pause").utf8))
        var log = DiagnosticLog()
        #expect(PlainPageBody.read(document, fileSystem: fileSystem, log: &log) == nil)
        #expect(log.sorted.map(\.description) == ["content/guides/retrying.md:1:1: error: the file changed while sitegen was building; build again"])
    }

    @Test func aFileRemovedDuringTheBuildIsAnError() throws {
        let fileSystem = MemoryFileSystem(files: ["content/guides/retrying.md": page])
        let document = try load(fileSystem)
        try fileSystem.removeFile("content/guides/retrying.md")
        var log = DiagnosticLog()
        #expect(PlainPageBody.read(document, fileSystem: fileSystem, log: &log) == nil)
        #expect(log.errorCount == 1)
    }
}
