import Testing
@testable import SitegenKit

/// A plain page keeps its title and summary as one text (`PlainDocument`): each reads back as
/// given, after either is changed, with non-ASCII text and without a summary.
@Suite struct PlainDocumentTests {
    @Test func titleAndSummaryReadBackAsGivenAndAsChanged() {
        let source = SourceFile(displayPath: "content/guides/a.md", relativePath: "guides/a.md", text: "")
        var page = PlainDocument(path: "guides/a", title: "Ça « marche »", summary: "É… ü", template: "page", source: source, sourceDigest: 0)
        #expect(page.title == "Ça « marche »" && page.summary == "É… ü")
        page.title = "T"
        #expect(page.title == "T" && page.summary == "É… ü")
        page.summary = nil
        #expect(page.title == "T" && page.summary == nil)
        page.summary = ""
        #expect(page.title == "T" && page.summary == "")
        page.title = ""
        page.summary = "only a summary"
        #expect(page.title == "" && page.summary == "only a summary")
        let bare = PlainDocument(path: "guides/a", title: "A title", summary: nil, template: "page", source: source, sourceDigest: 0)
        #expect(bare.title == "A title" && bare.summary == nil)
    }
}
