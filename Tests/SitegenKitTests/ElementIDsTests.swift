import Testing
@testable import SitegenKit

/// The fragment check trusts this scan, so it must find every `id` attribute and nothing else.
@Suite struct ElementIDsTests {
    private func scan(_ html: String) -> (ids: [String], duplicates: [String]) {
        var html = html
        return html.withUTF8 { ElementIDs.scan(bytes: $0) }
    }

    @Test func findsIdsAfterAnyWhitespace() {
        let found = scan("<h2 id=\"a\">A</h2>\n<p\tid=\"b\">x</p><div\nid=\"c-é\" class=\"id=\"></div>")
        #expect(found.ids == ["a", "b", "c-é"])
        #expect(found.duplicates.isEmpty)
        #expect(scan(" id=\"first\"").ids == ["first"])
    }

    @Test func ignoresIdTextThatIsNotAnAttribute() {
        #expect(scan("id=\"start\" <p data-id=\"x\">grid=\"y\" id=</p>").ids.isEmpty)
        #expect(scan("<p id=\"unclosed>text").ids.isEmpty)
        #expect(scan("").ids.isEmpty)
        #expect(scan("=").ids.isEmpty)
        #expect(scan("a id=").ids.isEmpty)
    }

    @Test func reportsEachDuplicateOnce() {
        let found = scan("<a id=\"x\"></a><b id=\"y\"></b><c id=\"x\"></c><d id=\"x\"></d>")
        #expect(found.ids == ["x", "y"])
        #expect(found.duplicates == ["x"])
        // Ids come sorted; repeats in the order the page repeats them, not sorted.
        let repeated = scan("<a id=\"z\"><b id=\"y\"><c id=\"y\"><d id=\"a\"><e id=\"z\"><f id=\"y\">")
        #expect(repeated.ids == ["a", "y", "z"])
        #expect(repeated.duplicates == ["y", "z"])
    }

    /// A fragment matches one whole id of the joined form, never part of one or across two.
    @Test func joinedIdsAnswerWholeIdsOnly() {
        let joined = ElementIDs.joined(["usage", "x", "é-1", "usage-2"])
        for id in ["usage", "x", "é-1", "usage-2"] { #expect(ElementIDs.contains(id, joined: joined), "\(id)") }
        for id in ["", "us", "usage-", "sage", "x\"é-1", "\"", "usage-2\"", "y"] {
            #expect(!ElementIDs.contains(id, joined: joined), "\(id.debugDescription)")
        }
        #expect(!ElementIDs.contains("x", joined: ""))
        #expect(ElementIDs.contains("only", joined: ElementIDs.joined(["only"])))
    }
}
