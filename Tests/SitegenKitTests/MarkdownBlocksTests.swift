import Testing
@testable import SitegenKit

/// Code blocks, raw HTML tables and lifted sections as sitegen renders them.
@Suite struct MarkdownBlocksTests {
    /// Resolves nothing: these bodies have no links.
    private struct NoLinks: LinkResolving {
        func resolve(_ target: String, at location: SitegenKit.SourceLocation, links: inout [InternalLink], log: inout DiagnosticLog) -> String? { nil }
    }

    private func render(_ markdown: String, rawHTML: Bool = false, lifting: Set<String> = []) -> RenderedMarkdown {
        var log = DiagnosticLog()
        return MarkdownRenderer(options: MarkdownOptions(rawHTML: rawHTML))
            .render(markdown, file: "f.md", resolver: NoLinks(), liftingSections: lifting, log: &log)
    }

    @Test func httpRequestIsHighlightedAndLabelled() {
        let html = render("```http\nPOST /orders HTTP/1.1\nHost: shop.example\n\na=<b>\n```\n").html
        #expect(html == "<figure class=\"example\"><figcaption class=\"example-label\">Request</figcaption>"
            + "<div class=\"code-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Example 1: request\"><pre><code class=\"language-http\">"
            + "<span class=\"http-method\">POST</span> <span class=\"http-target\">/orders</span> <span class=\"http-version\">HTTP/1.1</span>\n"
            + "<span class=\"http-name\">Host</span>:<span class=\"http-value\"> shop.example</span>\n\n"
            + "<span class=\"http-body\">a=&lt;b&gt;</span>\n</code></pre></div></figure>\n")
    }

    @Test func interimAndFinalResponsesAreBothHighlighted() {
        let html = render("```http\nHTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /a\n```\n").html
        #expect(html.contains("<figcaption class=\"example-label\">Response</figcaption>"))
        #expect(html.contains("<span class=\"http-status\">100</span> <span class=\"http-reason\">Continue</span>\n\n"
            + "<span class=\"http-version\">HTTP/1.1</span> <span class=\"http-status\">201</span>"))
        #expect(html.contains("<span class=\"http-name\">Location</span>"))
        #expect(!html.contains("http-body"))
    }

    @Test func blocksWithoutAStartLineHaveNoLabel() {
        let html = render("```http\nRetry-After: 120\n```\n").html
        #expect(!html.contains("figcaption"))
        #expect(html.contains("aria-label=\"Example 1\""))
        #expect(html.contains("<span class=\"http-name\">Retry-After</span>"))
    }

    /// Non-ASCII text is read in characters: a colon or space that a combining mark joins to
    /// another character (U+0301 here) separates nothing.
    @Test func httpBlocksWithNonASCIITextAreReadInCharacters() {
        let html = render("```http\nHTTP/1.1 200 Ök\nX-Name: café\nName:\u{301}x\n\nbödy\n```\n").html
        #expect(html.contains("<span class=\"http-status\">200</span> <span class=\"http-reason\">Ök</span>\n"))
        #expect(html.contains("<span class=\"http-name\">X-Name</span>:<span class=\"http-value\"> café</span>\n"))
        #expect(html.contains("\nName:\u{301}x\n\n<span class=\"http-body\">bödy</span>\n"))
        let request = render("```http\nGET \u{301}/ HTTP/1.1\n```\n").html
        #expect(!request.contains("figcaption"), "the space before U+0301 is part of another character")
    }

    @Test func otherLanguagesKeepTheirClassAndScrollRegionsHaveUniqueNames() {
        let html = render("```js\nlet a = \"<x>\"\n```\n\n```\nplain\n```\n").html
        #expect(html.contains("aria-label=\"Code example 1\"><pre><code class=\"language-js\">let a = &quot;&lt;x&gt;&quot;\n</code>"))
        #expect(html.contains("aria-label=\"Code example 2\"><pre><code>plain\n</code>"))
    }

    @Test func rawTablesScrollInANamedRegion() {
        let html = render("## Decision\n\n<table>\n<tr><td>x</td></tr>\n</table>\n", rawHTML: true).html
        #expect(html.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1: Decision\">\n<table>"))
        #expect(html.contains("</table>\n</div>"))
    }

    @Test func liftedSectionLeavesTheBodyAndKeepsItsContent() {
        let rendered = render("## Description\n\nText.\n\n## Names in libraries\n\n.NET also says `X`.\n\n## Examples\n\nMore.\n",
                              lifting: ["names-in-libraries"])
        #expect(rendered.liftedSections == ["names-in-libraries": "<p>.NET also says <code>X</code>.</p>\n"])
        #expect(!rendered.html.contains("Names in libraries"))
        #expect(rendered.html.contains("<h2 id=\"examples\">"))
        #expect(rendered.headings.map(\.id) == ["description", "examples"])
    }
}
