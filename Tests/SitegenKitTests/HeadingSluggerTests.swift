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

    @Test func repeatedHeadingsGetNumberedSuffixes() {
        var slugger = HeadingSlugger()
        #expect(["Pitfalls", "Pitfalls", "Pitfalls-2", "Pitfalls"].map { slugger.uniqueSlug(for: $0) }
            == ["pitfalls", "pitfalls-2", "pitfalls-2-2", "pitfalls-3"])
    }
}
