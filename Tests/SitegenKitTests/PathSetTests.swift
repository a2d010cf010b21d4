import Testing
@testable import SitegenKit

/// `PathSet` behaves as a `Set<String>` that also remembers the order paths came in.
@Suite struct PathSetTests {
    @Test func keepsEachPathOnceInTheOrderAdded() {
        var set = PathSet()
        #expect(set.isEmpty)
        #expect(set.insert("b/index.html") == (true, 0))
        #expect(set.insert("a/index.html") == (true, 1))
        #expect(set.insert("b/index.html") == (false, 0), "a path already there keeps its position")
        #expect(set.insert("") == (true, 2), "the empty path is a path like any other")
        #expect(set.insert("") == (false, 2))
        #expect(set.count == 3)
        #expect(set.paths == ["b/index.html", "a/index.html", ""])
        #expect(set[1] == "a/index.html")
        #expect(set.contains("a/index.html") && set.contains(""))
        #expect(!set.contains("a/index.htm") && !set.contains("a/index.html ") && !set.contains("A/index.html"))
        #expect(set.position(of: "b/index.html") == 0)
        #expect(set.position(of: "c") == nil)
    }

    /// Many paths, grown through many resizes of the table, with prefixes of one another and
    /// non-ASCII names: it agrees with `Set<String>` on every one, and on paths never added.
    @Test func agreesWithASetOfStringsAtScale() {
        var generator = SystemRandomNumberGenerator()
        var set = PathSet()
        var reference: Set<String> = []
        var order: [String] = []
        for number in 0..<20_000 {
            let path = ["pages/s\(number % 37)/p\(number)", "pages/s\(number % 37)", "é/\(number % 501)/ü", "x"][Int.random(in: 0..<4, using: &generator)]
            let inserted = set.insert(path).inserted
            #expect(inserted == reference.insert(path).inserted)
            if inserted { order.append(path) }
        }
        #expect(set.count == reference.count)
        #expect(set.paths == order)
        #expect(order.indices.allSatisfy { set.position(of: order[$0]) == $0 })
        #expect(!set.contains("pages/s1/p-1") && !set.contains("pages") && !set.contains("é/501/ü"))
        #expect(PathSet(order.reversed()).paths == order.reversed(), "built from a list, in its order")
    }
}
