import Foundation
import Testing
@testable import SitegenKit

@Suite struct PlainPageLinkStoreTests {
    private typealias Link = SiteBuilder.PlainPageLink

    private func index() throws -> SiteIndex {
        try Fixtures.siteIndex([
            "content/codes/303.md": "---\ncode: 303\ntitle: See Other\n---\n",
            "content/guides/redirects.md": "---\ntitle: Redirects\n---\n",
            "content/guides/retries.md": "---\ntitle: Retries\n---\n",
        ])
    }

    private func described(_ links: [Link]) -> [String] {
        links.map { "\($0.target) #\($0.fragment ?? "none") \($0.line):\($0.column)" }
    }

    /// Every kind of target, with and without a fragment, comes back as it was added.
    private let links = [
        Link(target: .page("guides/retries"), fragment: "usage", line: 3, column: 14),
        Link(target: .page("guides/unloaded"), fragment: "x", line: 1, column: 1),
        Link(target: .code(303), fragment: nil, line: 200, column: 70_000),
        Link(target: .family(3), fragment: "é-ü", line: 1, column: 2),
        Link(target: .home, fragment: "top", line: 4, column: 5),
        Link(target: .guideIndex, fragment: nil, line: Int32.max, column: 7),
        Link(target: .notFound, fragment: "", line: 8, column: 9),
    ]

    @Test func linksComeBackAsAdded() throws {
        let index = try index()
        let store = PlainPageLinkStore()
        let first = store.add(links, index: index)
        let none = store.add([], index: index)
        let second = store.add(links.reversed(), index: index)
        #expect(none == nil)
        #expect(store.links(at: none, index: index).isEmpty)
        #expect(described(store.links(at: first, index: index)) == described(links))
        #expect(described(store.links(at: second, index: index)) == described(links.reversed()))
    }

    /// Read back in place, a loaded plain page is its position in the index, any other page itself.
    @Test func linksReadInPlaceNamePlainPagesByPosition() throws {
        let index = try index()
        let store = PlainPageLinkStore()
        let span = store.add(links, index: index)
        var targets: [PlainPageLinkStore.Target] = []
        store.forEachLink(at: span) { targets.append($0.target) }
        #expect(targets == [.plainPage(try #require(index.position(ofPage: "guides/retries"))), .other(.page("guides/unloaded")),
                            .other(.code(303)), .other(.family(3)), .other(.home), .other(.guideIndex), .other(.notFound)])
        #expect(store.codeTargets(at: span) == [303])
        #expect(store.codeTargets(at: nil).isEmpty)
    }

    @Test func pagesOverManyBlocksKeepTheirOwnLinks() throws {
        let index = try index()
        let store = PlainPageLinkStore()
        let pages = (0..<20_000).map { page in
            [Link(target: .page(page.isMultiple(of: 2) ? "guides/redirects" : "guides/retries"), fragment: "part-\(page)",
                  line: Int32(page), column: Int32(page % 97))]
        }
        let spans = pages.map { store.add($0, index: index) }
        let mismatched = zip(pages, spans).filter { described(store.links(at: $1, index: index)) != described($0) }
        #expect(mismatched.isEmpty)
    }
}
