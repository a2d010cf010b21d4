import Testing
@testable import SitegenKit

/// Every internal link form is rewritten to the right relative URL and recorded.
@Suite struct LinkRewritingTests {
    private func index() throws -> SiteIndex {
        try Fixtures.siteIndex([
            "content/codes/303.md": "---\ncode: 303\ntitle: See Other\n---\n",
            "content/codes/307.md": "---\ncode: 307\ntitle: Temporary Redirect\n---\n",
            "content/codes/308.md": "---\ncode: 308\ntitle: Permanent Redirect\n---\n",
            "content/guides/redirects.md": "---\ntitle: Redirects\n---\n",
        ], assetPaths: ["assets/site.css"])
    }

    private func render(_ markdown: String, page: PageID = .code(303), source: String = "codes/303.md",
                        rawHTML: Bool = false) throws -> (RenderedMarkdown, [String]) {
        var log = DiagnosticLog()
        let resolver = LinkResolver(index: try index(), page: page, sourcePath: source, severity: .error)
        let rendered = MarkdownRenderer(options: MarkdownOptions(rawHTML: rawHTML))
            .render(markdown, file: "content/\(source)", resolver: resolver, log: &log)
        return (rendered, log.diagnostics.map(\.description))
    }

    @Test(arguments: [
        ("[x](307.md)", "../307/"),
        ("[x](../codes/307.md)", "../307/"),
        ("[x](/docs/307.md)", "../307/"),
        ("[x](/307)", "../307/"),
        ("[x](/307/)", "../307/"),
        ("[x](/308#resume-incomplete)", "../308/#resume-incomplete"),
        ("[x](../guides/redirects.md)", "../guides/redirects/"),
        ("[x](/guides/redirects)", "../guides/redirects/"),
        ("[x](/3xx)", "../3xx/"),
        ("[x](/guides)", "../guides/"),
        ("[x](/guides/)", "../guides/"),
        ("[x](/)", "../"),
        ("[x](/assets/site.css)", "../assets/site.css"),
        ("[x](#description)", "#description"),
        ("[x](https://www.rfc-editor.org/rfc/rfc9110)", "https://www.rfc-editor.org/rfc/rfc9110"),
        ("[x](mailto:someone@example.org)", "mailto:someone@example.org"),
    ])
    func rewritesLinkFromCodePage(_ markdown: String, _ expectedHref: String) throws {
        let (rendered, diagnostics) = try render(markdown)
        #expect(diagnostics.isEmpty)
        #expect(rendered.html.contains("href=\"\(expectedHref)\""))
    }

    @Test func linksFromANestedPageClimbToTheRoot() throws {
        let (rendered, _) = try render("[a](../codes/303.md) [b](/307)", page: .page("guides/redirects"), source: "guides/redirects.md")
        #expect(rendered.html.contains("href=\"../../303/\""))
        #expect(rendered.html.contains("href=\"../../307/\""))
    }

    @Test func recordsInternalLinksWithTheirPositions() throws {
        let (rendered, _) = try render("Intro.\n\nSee [307](307.md) and [308](/308#x).\n")
        #expect(rendered.links.map(\.target) == [.code(307), .code(308)])
        #expect(rendered.links.map(\.fragment) == [nil, "x"])
        #expect(rendered.links.map(\.location.line) == [3, 3])
    }

    @Test func brokenLinksAreErrorsAtTheirLine() throws {
        let (_, diagnostics) = try render("Text.\n\nSee [nothing](309.md) and [page](/nowhere).\n")
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].hasPrefix("content/codes/303.md:3:"))
        #expect(diagnostics[0].hasSuffix("error: broken link '309.md': no page of the site matches it"))
        #expect(diagnostics[1].hasSuffix("error: broken link '/nowhere': no page of the site matches it"))
    }

    @Test func rawHTMLIsOmittedByDefaultAndRewrittenWhenOn() throws {
        let html = "<table><tr><td><a href=\"307.md\">307</a></td></tr></table>\n"
        let (safe, _) = try render(html)
        #expect(!safe.html.contains("<table>"))
        let (raw, diagnostics) = try render(html, rawHTML: true)
        #expect(diagnostics.isEmpty)
        #expect(raw.html.contains("<a href=\"../307/\">307</a>"))
        #expect(raw.links.map(\.target) == [.code(307)])
    }

    @Test func headingsGetIDsAndSelfLinks() throws {
        let (rendered, _) = try render("## Server perspective\n\n### Pitfalls\n\n## Client perspective\n\n### Pitfalls\n")
        let ids = rendered.html.matches(of: /<h\d id="([^"]+)"/).map { String($0.1) }
        #expect(ids == ["server-perspective", "pitfalls", "client-perspective", "client-pitfalls"])
        #expect(rendered.html.contains("<h2 id=\"server-perspective\">Server perspective <a class=\"anchor\" href=\"#server-perspective\""))
        #expect(rendered.html.contains("<span id=\"pitfalls-2\"></span><h3 id=\"client-pitfalls\">"), "the id earlier builds published still works")
        #expect(rendered.headings.map(\.level) == [2, 3, 2, 3])
    }

    @Test func smartPunctuationLeavesCodeAlone() {
        var log = DiagnosticLog()
        let resolver = LinkResolver(index: (try? index())!, page: .code(303), sourcePath: "codes/303.md", severity: .error)
        let rendered = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: true))
            .render("It's \"quoted\" -- here `it's \"code\"`\n\n```http\nX: \"a\" -- b\n```\n", file: "f", resolver: resolver, log: &log)
        #expect(rendered.html.contains("It’s “quoted” – here"))
        #expect(rendered.html.contains("<code>it's &quot;code&quot;</code>"))
        #expect(rendered.html.contains("<span class=\"http-name\">X</span>:<span class=\"http-value\"> &quot;a&quot; -- b</span>"))
        #expect(rendered.hasHTTPExample)
    }
}
