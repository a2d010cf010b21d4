import Foundation
import Testing
import SitegenKit

/// `sitegen new`: code and guide scaffolds, and everything it refuses.
@Suite struct PageScaffoldTests {
    @Test func anUnofficialCodeGetsEveryKeyAndHeadingAndFailsStrictCheckUntilFilledIn() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let scaffold = try PageScaffold.plan("420", contentDirectory: "content", fileSystem: fileSystem)
        #expect(scaffold.path == "content/codes/420.md")
        for line in ["code: 420", "status: unofficial", "origin: \"TODO:", "related: []", "## Description", "## Server perspective",
                     "### Usage", "### Implementation", "### Body", "### Pitfalls", "## Client perspective", "## Examples", "```http"] {
            #expect(scaffold.text.contains(line), "missing \(line)")
        }
        #expect(scaffold.text.contains("keyed as in site.yml: go, python"))
        try scaffold.write(fileSystem: fileSystem)

        let diagnostics = Fixtures.diagnostics(of: fileSystem, strict: true)
        #expect(diagnostics.contains("content/codes/420.md:3:9: error: placeholder 'TODO: the reason phrase' left by sitegen new; replace it with real content"))
        #expect(diagnostics.contains("content/codes/420.md:2:7: error: code 420 has no 'related' codes"))
        #expect(diagnostics.allSatisfy { $0.hasPrefix("content/codes/420.md:") }, "only the new file has problems")
    }

    @Test func aRegisteredCodeGetsItsReasonPhrase() throws {
        let scaffold = try PageScaffold.plan("425", contentDirectory: "content", fileSystem: try Fixtures.basicSiteInMemory())
        #expect(scaffold.text.contains("title: \"Too Early\"\n"))
        #expect(scaffold.text.contains("status: registered\n"))
        #expect(!scaffold.text.contains("origin:"))
        #expect(try PageScaffold.plan("510", contentDirectory: "content", fileSystem: try Fixtures.basicSiteInMemory()).text.contains("status: obsolete\n"))
    }

    @Test func aGuideGetsATitleFromItsName() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let scaffold = try PageScaffold.plan("guides/choosing-a-cache-header", contentDirectory: "content", fileSystem: fileSystem)
        #expect(scaffold.path == "content/guides/choosing-a-cache-header.md")
        #expect(scaffold.text.hasPrefix("---\ntitle: \"Choosing a cache header\"\n"))
        try scaffold.write(fileSystem: fileSystem)
        let diagnostics = Fixtures.diagnostics(of: fileSystem, strict: true)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.hasPrefix("content/guides/choosing-a-cache-header.md:") && $0.contains("placeholder 'TODO:") })
    }

    @Test func refusals() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        // The fixture's 303 lives in codes/303.md; a second definition elsewhere is refused too.
        fileSystem.setFile("content/codes/other.md", Data("---\ncode: 599\ntitle: Elsewhere\n---\n".utf8))
        let cases = [
            "303": "code 303 is already defined in content/codes/303.md",
            "599": "code 599 is already defined in content/codes/other.md",
            "guides/redirects": "content/guides/redirects.md already exists; sitegen new never overwrites a file",
            "99": "'99' is not a status code; codes run from 100 to 599",
            "0420": "'0420' is not a status code; codes run from 100 to 599",
            "../escape": "'../escape' is neither a status code",
            "guides//x": "'guides//x' is neither a status code",
            "Guides/X": "'Guides/X' is neither a status code",
            "codes/420": "'codes/420' is inside codes/; write 'sitegen new 420' for a code page",
        ]
        for (name, message) in cases {
            #expect(throws: PageScaffold.Refusal.self, "\(name)") {
                try PageScaffold.plan(name, contentDirectory: "content", fileSystem: fileSystem)
            }
            do {
                _ = try PageScaffold.plan(name, contentDirectory: "content", fileSystem: fileSystem)
            } catch {
                #expect(error.description.hasPrefix(message), "\(name): \(error.description)")
            }
        }
        #expect(throws: PageScaffold.Refusal.self) { try PageScaffold.plan("420", contentDirectory: "missing", fileSystem: fileSystem) }
    }
}
