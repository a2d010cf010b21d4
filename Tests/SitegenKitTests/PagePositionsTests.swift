import Testing
@testable import SitegenKit

/// `PagePositions` finds each page of a list by its path, and nothing else.
@Suite struct PagePositionsTests {
    private func page(_ path: String) -> PlainDocument {
        let source = SourceFile(displayPath: "content/\(path).md", relativePath: "\(path).md", text: "")
        return PlainDocument(path: path, title: path, summary: nil, template: "page", source: source, sourceDigest: 0)
    }

    @Test func findsEveryPageByItsPathAndNoOtherPath() {
        // Enough pages to fill many slots, with paths that are prefixes of one another.
        let pages = (0..<5_000).map { page($0 % 2 == 0 ? "guides/g\($0)" : "guides/g\($0 - 1)/sub") }
        let positions = PagePositions(pages)
        for (position, page) in pages.enumerated() {
            #expect(positions.position(of: page.path, in: pages) == position)
        }
        for missing in ["guides", "guides/g1", "guides/g0/", "guides/g5000", "", "Guides/g0"] {
            #expect(positions.position(of: missing, in: pages) == nil)
        }
        #expect(PagePositions([]).position(of: "a", in: []) == nil)
    }
}
