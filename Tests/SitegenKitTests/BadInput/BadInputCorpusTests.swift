import Foundation
import Testing

/// Every bad input gets its exact diagnostics and exit status 1, and the site built before it
/// (plus any change the case made to it) stays byte for byte as it was.
@Suite struct BadInputCorpusTests {
    @Test(arguments: BadInputCorpus.cases)
    func badInput(_ bad: BadInputCase) throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try SitegenProcess.run(["build"], in: root)
        try #require(first.status == 0, "the fixture builds: \(first.stderr)")
        try bad.apply(in: root)
        let before = try DirectorySnapshot(root)

        let result = try SitegenProcess.run(["build"] + bad.arguments, in: root)
        // Notes (such as the one about a missing base_url) are advice, not diagnostics of the case.
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            .filter { !$0.hasPrefix("sitegen: note: ") }
        #expect(lines == bad.expected)
        #expect(result.status == bad.status)
        #expect(try DirectorySnapshot(root) == before, "the project, its output included, is untouched")
    }

    @Test func corpusIsLargeAndNamesAreUnique() {
        #expect(BadInputCorpus.cases.count >= 60)
        #expect(Set(BadInputCorpus.cases.map(\.name)).count == BadInputCorpus.cases.count)
    }
}
