import Testing
import SitegenKit

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Server perspective", "server-perspective"),
        ("401 vs 403 vs 404", "401-vs-403-vs-404"),
        ("Usage / Implementation", "usage-implementation"),
        ("What's `Retry-After`?", "whats-retry-after"),
        ("Ünïcode Überschrift", "unicode-uberschrift"),
        ("x\"\u{301} autofocus onfocus=alert(1)", "x-autofocus-onfocusalert1"),
        ("!!!", "section"),
    ])
    func slugs(_ text: String, _ expected: String) {
        #expect(HeadingSlugger.slug(text) == expected)
    }

    @Test func repeatedHeadingsAreQualifiedByTheirParentAndKeepTheirFormerIDs() {
        var slugger = HeadingSlugger()
        let ids = [("Server perspective", nil), ("Pitfalls", "Server perspective"), ("Client perspective", nil),
                   ("Pitfalls", "Client perspective"), ("Pitfalls", "Client perspective"), ("Pitfalls-2", nil)]
            .map { slugger.id(for: $0.0, parent: $0.1) }
        #expect(ids.map(\.id) == ["server-perspective", "pitfalls", "client-perspective", "client-pitfalls", "client-pitfalls-2", "pitfalls-2-2"])
        #expect(ids.map(\.formerID) == [nil, nil, nil, "pitfalls-2", "pitfalls-3", nil])
    }

    @Test func repeatedTopLevelHeadingsGetNumberedSuffixes() {
        var slugger = HeadingSlugger()
        #expect(["Notes", "Notes"].map { slugger.id(for: $0, parent: nil).id } == ["notes", "notes-2"])
    }
}
