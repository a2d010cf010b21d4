import Foundation
import Testing
import SitegenKit

/// Each broken input gives exactly this diagnostic, pointing at the file, line and column.
@Suite struct InvalidContentTests {
    private func diagnostics(replacing path: String, with text: String?) throws -> [String] {
        let fileSystem = try Fixtures.basicSiteInMemory()
        if let text { fileSystem.setFile(path, Data(text.utf8)) } else { try fileSystem.removeFile(path) }
        return Fixtures.diagnostics(of: fileSystem)
    }

    @Test func validFixtureHasNoDiagnostics() throws {
        #expect(Fixtures.diagnostics(of: try Fixtures.basicSiteInMemory()) == [])
    }

    /// Without `base_url` the 404 page cannot link to the stylesheet from every depth: say so,
    /// but as a note that `--strict` does not turn into an error.
    @Test func missingBaseURLIsANoteEvenWhenStrict() throws {
        let builder = SiteBuilder(fileSystem: try Fixtures.basicSiteInMemory(), workingDirectory: "/work")
        let notes = try builder.check(BuildOptions(strict: true)).diagnostics.filter { $0.severity == .note }
        #expect(notes.count == 1)
        #expect(notes.first?.description.hasPrefix("sitegen: note: base_url is not set, so 404.html cannot know how deep it is served") == true)
        let withBaseURL = try builder.check(BuildOptions(baseURL: "https://example.org/", strict: true))
        #expect(withBaseURL.diagnostics.isEmpty)
    }

    @Test func malformedYAML() throws {
        #expect(try diagnostics(replacing: "content/codes/307.md", with: "---\ncode: 307\ntitle: Temporary: Redirect\n---\n") == [
            "content/codes/307.md:3:17: error: malformed YAML: mapping values are not allowed in this context",
        ])
    }

    @Test func missingCode() throws {
        #expect(try diagnostics(replacing: "content/codes/307.md", with: "---\ntitle: Temporary Redirect\n---\n") == [
            "content/codes/307.md:1:1: error: missing required key 'code' (the status code, 100-599)",
        ])
    }

    @Test func codeOutOfRange() throws {
        #expect(try diagnostics(replacing: "content/codes/307.md", with: "---\ncode: 607\ntitle: Nope\n---\n") == [
            "content/codes/307.md:2:7: error: code 607 is out of range; status codes run from 100 to 599",
        ])
    }

    @Test func setMismatch() throws {
        #expect(try diagnostics(replacing: "content/codes/307.md", with: "---\nset: 2\ncode: 307\ntitle: Temporary Redirect\n---\n") == [
            "content/codes/307.md:2:6: error: 'set: 2' does not match code 307, which belongs to the 3xx family",
        ])
    }

    @Test func duplicateCode() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/codes/another-303.md", Data("---\ncode: 303\ntitle: See Other again\n---\n".utf8))
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/codes/another-303.md:2:7: error: code 303 is defined twice: here and in content/codes/303.md",
        ])
    }

    @Test func pathCollision() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/303.md", Data("---\ntitle: A page where a code lives\n---\n".utf8))
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/303.md:1:1: error: output path 303/ is claimed twice: by this page and by content/codes/303.md",
        ])
    }

    @Test func unknownRelatedCode() throws {
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent("content/codes/307.md"))
            .replacingOccurrences(of: "related: [303]", with: "related: [303, 309]")
        #expect(try diagnostics(replacing: "content/codes/307.md", with: text) == [
            "content/codes/307.md:10:16: error: unknown related code 309",
        ])
    }

    @Test func brokenLink() throws {
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent("content/codes/307.md"))
            .replacingOccurrences(of: "[303 See Other](/303)", with: "[303 See Other](/304)")
        #expect(try diagnostics(replacing: "content/codes/307.md", with: text) == [
            "content/codes/307.md:15:8: error: broken link '/304': no page of the site matches it",
        ])
    }

    @Test func brokenFragment() throws {
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent("content/codes/307.md"))
            .replacingOccurrences(of: "[303 See Other](/303)", with: "[303 See Other](/303#nowhere)")
        #expect(try diagnostics(replacing: "content/codes/307.md", with: text) == [
            "content/codes/307.md:15:8: error: broken fragment '#nowhere': no element on 303/index.html has that id",
        ])
    }

    @Test func brokenLinksCanBeDowngradedToWarnings() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let config = try Fixtures.text(Fixtures.basicSite.appendingPathComponent("content/site.yml")) + "links:\n  broken: warning\n"
        fileSystem.setFile("content/site.yml", Data(config.utf8))
        fileSystem.setFile("content/guides/more.md", Data("---\ntitle: More\n---\nSee [x](/309).\n".utf8))
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/guides/more.md:4:5: warning: broken link '/309': no page of the site matches it",
        ])
    }

    @Test func missingTemplate() throws {
        #expect(try diagnostics(replacing: "templates/code.mustache", with: nil) == [
            "sitegen: error: missing template 'code': add templates/code.mustache",
        ])
    }

    @Test func brokenTemplate() throws {
        #expect(try diagnostics(replacing: "templates/page.mustache", with: "{{<base}}{{$content}}\n{{#content}}{{/contnt}}\n{{/content}}{{/base}}") == [
            "templates/page.mustache:2:16: error: template 'page' does not parse: a section is closed with a different name than the one it opened with",
        ])
    }

    @Test func missingPartial() throws {
        #expect(try diagnostics(replacing: "templates/404.mustache", with: "{{<base}}{{$content}}\n  {{> footer}}\n{{/content}}{{/base}}") == [
            "templates/404.mustache:2:3: error: template '404' uses 'footer', but there is no footer.mustache",
        ])
    }

    @Test func emptyFile() throws {
        #expect(try diagnostics(replacing: "content/codes/307.md", with: "\n  \n") == [
            "content/codes/307.md:1:1: error: file is empty; a page needs front matter with at least a 'title'",
        ])
    }

    @Test func fileThatIsNotUTF8() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        var bytes = Data("---\ncode: 307\ntitle: Temporary Redirect\nsummary: caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x0A])
        bytes.append(Data("---\n".utf8))
        fileSystem.setFile("content/codes/307.md", bytes)
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/codes/307.md:4:13: error: file is not valid UTF-8 text; save it with UTF-8 encoding",
        ])
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/codes/307.md", Data("---\ncode: 307\n---\n".utf8))
        fileSystem.setFile("content/codes/200.md", Data("---\ncode: 200\ntitle: OK\nrelated: [999]\n---\n".utf8))
        try fileSystem.removeFile("templates/home.mustache")
        let errors = Fixtures.diagnostics(of: fileSystem).filter { $0.contains(" error: ") }
        #expect(errors == [
            "sitegen: error: missing template 'home': add templates/home.mustache",
            "content/codes/200.md:4:11: error: unknown related code 999",
            "content/codes/307.md:1:1: error: missing required key 'title' (the reason phrase)",
        ])
    }

    @Test func strictTurnsIncompletePagesIntoErrors() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("content/codes/204.md", Data("---\ncode: 204\ntitle: No Content\n---\n".utf8))
        let expected = [
            "content/codes/204.md:2:7: %@: code 204 has no 'summary'",
            "content/codes/204.md:2:7: %@: code 204 has no 'plain' (the plain-terms line)",
            "content/codes/204.md:2:7: %@: code 204 has no 'spec'",
            "content/codes/204.md:2:7: %@: code 204 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/204.md:2:7: %@: code 204 has no 'related' codes",
            "content/codes/204.md:2:7: %@: code 204 has no example (a fenced code block tagged 'http')",
        ]
        #expect(Fixtures.diagnostics(of: fileSystem) == expected.map { $0.replacingOccurrences(of: "%@", with: "warning") })
        #expect(Fixtures.diagnostics(of: fileSystem, strict: true) == expected.map { $0.replacingOccurrences(of: "%@", with: "error") })
    }
}
