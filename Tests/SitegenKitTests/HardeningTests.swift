import Foundation
import Testing
@testable import SitegenKit

/// Hostile values stay inert in the output, and odd but valid layouts are read correctly.
@Suite struct HardeningTests {
    private func build(_ fileSystem: MemoryFileSystem) throws -> [String: String] {
        let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").check(BuildOptions())
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func escapingWorksOnScalarsNotCharacters() {
        // `"` + U+0301 and U+0D4E + `<` are single Characters that Character comparison misses.
        // (Built outside `#expect`, whose macro mis-reads such literals.)
        let quoteWithMark = "a" + "\u{22}\u{301}" + " b"
        let escapedQuoteWithMark = "a&quot;\u{301} b"
        #expect(HTMLEscaping.escape(quoteWithMark) == escapedQuoteWithMark)
        let prepended = "T\u{D4E}<img src=x onerror=alert(1)\u{D4E}>"
        let escapedPrepended = "T\u{D4E}&lt;img src=x onerror=alert(1)\u{D4E}&gt;"
        #expect(HTMLEscaping.escape(prepended) == escapedPrepended)
        #expect(HTMLEscaping.escape("'&<>\"") == "&#39;&amp;&lt;&gt;&quot;")
        #expect(HTMLEscaping.escape("plain ü text") == "plain ü text")
    }

    @Test func escapingChangesExactlyTheFiveSpecialBytes() {
        let entities: [UInt8: String] = [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
                                         UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&#39;"]
        for byte in UInt8(1)...127 {
            let text = String(decoding: [UInt8(ascii: "a"), byte, UInt8(ascii: "b")], as: UTF8.self)
            let expected = "a" + (entities[byte] ?? String(decoding: [byte], as: UTF8.self)) + "b"
            #expect(HTMLEscaping.escape(text) == expected, "byte \(byte)")
        }
    }

    @Test func combiningMarksCannotOpenTagsOrAttributes() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/codes/303.md", Data("""
        ---
        code: 303
        title: "T\u{D4E}<img src=x onerror=alert(1)\u{D4E}>"
        summary: 'S"\u{301} onmouseover=alert(2) x="\u{301}'
        ---
        ## `x"\u{301} autofocus onfocus=alert(3)`

        Body.
        """.utf8))
        let files = try build(fileSystem)
        let escapedSummary = "\u{22}\u{301} onmouseover"
        let escapedHeading = "\u{22}\u{301} autofocus"
        for (path, html) in files where path.hasSuffix(".html") {
            let liveImage = html.contains("<img")
            let quoteOut = html.contains(escapedSummary) || html.contains(escapedHeading)
            #expect(!liveImage, "\(path) has a live <img>")
            #expect(!quoteOut, "\(path) lets a quote out")
        }
        let page = try #require(files["303/index.html"])
        let escapedTitle = "T\u{D4E}&lt;img src=x onerror=alert(1)\u{D4E}&gt;"
        #expect(page.contains(escapedTitle))
        #expect(page.contains("<h2 id=\"x-autofocus-onfocusalert3\">"))
    }

    @Test func headingsDoNotTakeTemplateIDs() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/guides/redirects.md", Data("---\ntitle: Choosing\n---\n## Main\n\n[top](#main-2)\n".utf8))
        let page = try #require(try build(fileSystem)["guides/redirects/index.html"])
        #expect(page.contains("<main id=\"main\">"))
        #expect(page.contains("<h2 id=\"main-2\">"))
    }

    @Test func junkFilesAreSkipped() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        for junk in ["content/codes/._303.md", "content/.md", "content/...md", "content/codes/.#303.md", "content/codes/303.md~", "content/#x.md#"] {
            fileSystem.setFile(junk, Data([0, 1, 2]))
        }
        #expect(try build(fileSystem) == (try build(try Fixtures.basicSiteInMemory())), "junk changes nothing")
    }

    @Test func symlinkedContentAndTemplatesAreRead() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try manager.copyItem(at: Fixtures.basicSite.appendingPathComponent(folder), to: root.appendingPathComponent("elsewhere/\(folder)"))
            try manager.createSymbolicLink(atPath: root.path + "/\(folder)", withDestinationPath: root.path + "/elsewhere/\(folder)")
        }
        let result = try SiteBuilder(workingDirectory: root.path).build(BuildOptions(
            contentDirectory: root.path + "/content", templatesDirectory: root.path + "/templates", outputDirectory: root.path + "/site"))
        let direct = try SiteBuilder(fileSystem: try Fixtures.basicSiteInMemory(), workingDirectory: "/work").check(BuildOptions())
        #expect(result.pageCount == direct.pageCount)
        #expect(result.writeSummary?.written == direct.files.count)
        #expect(try DirectorySnapshot(root.appendingPathComponent("site")).files.count == direct.files.count + 1, "pages and the manifest")
    }

    @Test func treeWalksSurviveDeepNesting() {
        let tree = CmarkTree(markdown: String(repeating: "> ", count: 50_000) + "deep", options: MarkdownOptions())
        #expect(tree.root.plainText == "deep")
        #expect(CmarkTreeWalk.depth(of: tree.root) == 50_002)
    }

    @Test func titleLinePatternIsLinear() {
        #expect(HeadingDocumentReader.matches("# 303 See Other"))
        #expect(HeadingDocumentReader.matches("#  303\tSee Other ##"))
        #expect(!HeadingDocumentReader.matches("# 303"))
        #expect(!HeadingDocumentReader.matches("# 303 ##"))
        #expect(!HeadingDocumentReader.matches("#303 See Other"))
        #expect(HeadingDocumentReader.matches("# 303 a" + String(repeating: " ", count: 100_000) + "b"))
        #expect(!HeadingDocumentReader.matches("# 303" + String(repeating: " ", count: 100_000)))
    }

    @Test func onlyWebAndRelativeURLsAreSafe() {
        #expect(SafeURL.problem(with: "https://example.org") == nil)
        #expect(SafeURL.problem(with: "../307/") == nil)
        #expect(SafeURL.problem(with: "/a:b") == nil)
        #expect(SafeURL.problem(with: "javascript:alert(1)") != nil)
        #expect(SafeURL.problem(with: "JAVASCRIPT:alert(1)") != nil)
        #expect(SafeURL.problem(with: "  vbscript:x") != nil)
        #expect(SafeURL.problem(with: "data:text/html,x") != nil)
        #expect(SiteConfig.normalizedBaseURL("javascript://example.org/") == nil)
        #expect(SiteConfig.normalizedBaseURL("https://example.org/http") == "https://example.org/http/")
    }

    @Test func manyLinksStayFast() throws {
        // 230,000 links in one file: must finish (linear work per link), and each is checked.
        let fileSystem = try Fixtures.basicSiteInMemory()
        let body = String(repeating: "[a](/307) ", count: 230_000)
        fileSystem.setFile("content/guides/redirects.md", Data("---\ntitle: Links\n---\n\(body)\n".utf8))
        let page = try #require(try build(fileSystem)["guides/redirects/index.html"])
        #expect(page.components(separatedBy: "href=\"../../307/\"").count - 1 == 230_000)
    }
}
