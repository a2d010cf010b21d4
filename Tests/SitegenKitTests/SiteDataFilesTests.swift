import Foundation
import Testing
import SitegenKit

/// The files that list every page (the search index, the sitemap, llms.txt) are made and written
/// in pieces, a batch of pages at a time: across many pieces they still list each page once, in
/// order, and stay valid.
@Suite struct SiteDataFilesTests {
    @Test func filesListingEveryPageHoldEachPageOnceAcrossPieces() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        // More than two pieces of 1,000 pages, and part of a third.
        let numbers = 0..<2_345
        for number in numbers {
            let name = "many/p" + String(number).leftPadded(to: 4)
            fileSystem.setFile("content/\(name).md", Data("---\ntitle: Page \(number)\nsummary: About \(number).\n---\n## Part \(number)\n\nText.\n".utf8))
        }
        let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").build(BuildOptions())
        #expect(result.diagnostics.allSatisfy { $0.severity == .note })
        func text(_ path: String) throws -> String { String(decoding: try fileSystem.contents(of: "/site/" + path), as: UTF8.self) }

        // The basic site's own guide comes first by path.
        let script = try text("search-index.js")
        let prefix = "self.sitegenSearchIndex = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix("];\n"))
        let array = try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8))
        let guides = try #require(array as? [[Any]]).filter { $0[2] as? String == "Guide" }
        #expect(guides.map { $0[1] as? String } == ["Choosing a redirect"] + numbers.map { "Page \($0)" })
        #expect(guides.last?[7] as? String == "About 2344. Part 2344")

        let sitemap = try text("sitemap.xml")
        #expect(sitemap.hasSuffix("</urlset>\n"))
        let locations = sitemap.split(separator: "\n").filter { $0.hasPrefix("  <url>") }
        #expect(locations.count == result.pageCount - 1, "every page but the not-found page")
        #expect(locations.suffix(numbers.count).map(String.init) == numbers.map { "  <url><loc>many/p\(String($0).leftPadded(to: 4))/</loc></url>" })

        let listed = try text("llms.txt").split(separator: "\n").filter { $0.hasPrefix("- [Page ") }.map(String.init)
        #expect(listed == numbers.map { "- [Page \($0)](many/p\(String($0).leftPadded(to: 4))/): About \($0)." })
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
