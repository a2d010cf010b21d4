import Testing
import SitegenKit

@Suite struct SiteGraphTests {
    private func graph(_ files: [String: String]) throws -> (SiteGraph, [String]) {
        var log = DiagnosticLog()
        let fileSystem = MemoryFileSystem(files: files)
        var content = try #require(ContentLoader(fileSystem: fileSystem).load(from: "content", log: &log))
        let index = SiteIndex(content: &content, assetPaths: [], log: &log)
        var links: [PageID: [InternalLink]] = [:]
        let renderer = MarkdownRenderer(options: MarkdownOptions())
        for code in index.sortedCodes {
            let resolver = LinkResolver(index: index, page: .code(code.code.value), sourcePath: code.source.relativePath, severity: .error)
            links[.code(code.code.value)] = renderer.render(code.body, file: code.source.displayPath, resolver: resolver, log: &log).links
        }
        for page in index.sortedPages {
            let resolver = LinkResolver(index: index, page: .page(page.path), sourcePath: page.source.relativePath, severity: .error)
            let body = try #require(PlainPageBody.read(page, fileSystem: fileSystem, log: &log))
            links[.page(page.path)] = renderer.render(body, file: page.source.displayPath, resolver: resolver, log: &log).links
        }
        return (SiteGraph(index: index, links: links, log: &log), log.sorted.map(\.description))
    }

    private let site = [
        "content/codes/302.md": "---\ncode: 302\ntitle: Found\nrelated: [303]\n---\nSee [307](307.md) and [303](303.md).\n",
        "content/codes/303.md": "---\ncode: 303\ntitle: See Other\nrelated: [302]\n---\nSee [302](302.md).\n",
        "content/codes/307.md": "---\ncode: 307\ntitle: Temporary Redirect\n---\n",
        "content/codes/200.md": "---\ncode: 200\ntitle: OK\n---\nAfter [303](/303).\n",
        "content/guides/redirects.md": "---\ntitle: Redirects\n---\n[303](../codes/303.md) [307](../codes/307.md)\n",
    ]

    @Test func relatedCombinesFrontMatterAndBodyLinks() throws {
        let (graph, diagnostics) = try graph(site)
        #expect(diagnostics.isEmpty)
        #expect(graph.related[302] == [303, 307])
        #expect(graph.related[303] == [302])
        #expect(graph.related[307] == [])
    }

    @Test func backlinksListReferringCodesAndGuides() throws {
        let (graph, _) = try graph(site)
        #expect(graph.referencingCodes[303] == [200, 302])
        #expect(graph.referencingCodes[307] == [302])
        #expect(graph.referencingPages[303] == ["guides/redirects"])
    }

    @Test func neighboursStayInsideTheFamily() throws {
        let (graph, _) = try graph(site)
        #expect(graph.neighbours(of: 302) == (nil, 303))
        #expect(graph.neighbours(of: 303) == (302, 307))
        #expect(graph.neighbours(of: 307) == (303, nil))
        #expect(graph.neighbours(of: 200) == (nil, nil))
    }

    @Test func unknownRelatedCodeIsAnError() throws {
        var files = site
        files["content/codes/307.md"] = "---\ncode: 307\ntitle: Temporary Redirect\nrelated: [303, 309]\n---\n"
        let (_, diagnostics) = try graph(files)
        #expect(diagnostics == ["content/codes/307.md:4:16: error: unknown related code 309"])
    }
}
