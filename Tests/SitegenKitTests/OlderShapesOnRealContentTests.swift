import Foundation
import Testing
import SitegenKit

/// The real content with `codes/303.md` swapped for a file in an older shape still builds,
/// and the 303 page shows its title, family, body, related links and references.
@Suite struct OlderShapesOnRealContentTests {
    @Test(arguments: ["legacy-303.md", "heading-303.md"])
    func realSiteBuildsWithOlderShape(_ fixture: String) throws {
        let fileSystem = MemoryFileSystem()
        try Fixtures.copy(Fixtures.packageRoot.appendingPathComponent("content"), into: fileSystem, as: "content")
        try Fixtures.copy(Fixtures.packageRoot.appendingPathComponent("templates"), into: fileSystem, as: "templates")
        fileSystem.setFile("content/codes/303.md", try Data(contentsOf: Fixtures.olderShapes.appendingPathComponent(fixture)))

        let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").check(BuildOptions())
        let page = String(decoding: try #require(result.files.first { $0.path == "303/index.html" }).data, as: UTF8.self)
        #expect(page.contains("<span class=\"code-number\">303</span> See Other</h1>"))
        #expect(page.contains("<a href=\"../3xx/\">3xx Redirection</a>"))
        #expect(page.contains("href=\"../307/\""))
        #expect(page.contains("id=\"related-codes\""))
        #expect(page.contains("<span class=\"code-title\">Temporary Redirect</span>"))
        if fixture == "legacy-303.md" {
            #expect(page.contains("<th scope=\"row\">Go HTTP Status Constant</th><td><code>http.StatusSeeOther</code></td>"))
            #expect(page.contains("fetches with a plain GET"))
        } else {
            #expect(page.contains("RFC 9110, section 15.4.4"))
            #expect(page.contains("<code>Location</code>"))
            #expect(page.contains("After a form post"))
            #expect(page.contains("The request worked; now go and read the page the server points you to."))
        }
    }
}
