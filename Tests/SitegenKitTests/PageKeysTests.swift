import Testing
@testable import SitegenKit

/// Page keys hash pages by what identifies them instead of by their paths; two different pages
/// must still never hash alike, or a changed link could leave a page unrendered.
@Suite struct PageKeysTests {
    @Test func everyPageHashesApart() {
        let pages: [PageID] = [.home, .notFound, .guideIndex, .family(1), .code(1), .page("1"), .family(2), .code(100),
                               .page("guides/a"), .page("guides/b"), .page(""), .page("guides")]
        let hashes = pages.map { page -> UInt64 in
            var hasher = ContentHasher()
            PageKeys.combine(page, into: &hasher)
            return hasher.value
        }
        #expect(Set(hashes).count == pages.count)
    }
}
