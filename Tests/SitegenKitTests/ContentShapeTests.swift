import Foundation
import Testing
import SitegenKit

/// The three input shapes load into the same model.
@Suite struct ContentShapeTests {
    private func load(_ files: [String: String]) -> (SiteContent?, [String]) {
        let fileSystem = MemoryFileSystem(files: files)
        var log = DiagnosticLog()
        let content = ContentLoader(fileSystem: fileSystem).load(from: "content", log: &log)
        return (content, log.sorted.map(\.description))
    }

    @Test func canonicalFile() throws {
        let (content, diagnostics) = load(["content/codes/307.md": """
            ---
            code: 307
            title: Temporary Redirect
            summary: Why it exists.
            plain: Said simply.
            status: registered
            spec:
              - {title: RFC 9110, section: "15.4.8", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8"}
            former_titles: []
            headers: [Location]
            related: [302, 303]
            references:
              go: http.StatusTemporaryRedirect
            ---
            ## Description
            Body.
            """])
        #expect(diagnostics.isEmpty)
        let code = try #require(content?.codes.first)
        #expect(code.code.value == 307)
        #expect(code.title == "Temporary Redirect")
        #expect(code.summary == "Why it exists.")
        #expect(code.plain == "Said simply.")
        #expect(code.specs == [SpecLink(title: "RFC 9110", section: "15.4.8", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8")])
        #expect(code.headers == ["Location"])
        #expect(code.related.map(\.value) == [302, 303])
        #expect(code.references == [LanguageReference(key: "go", value: "http.StatusTemporaryRedirect")])
        #expect(code.template == "code")
        #expect(code.body.split(separator: "\n", omittingEmptySubsequences: false)[14] == "## Description")
    }

    @Test func unknownKeysAreWarnings() {
        let (content, diagnostics) = load(["content/codes/200.md": "---\ncode: 200\ntitle: OK\nsumary: typo\n---\n"])
        #expect(content?.codes.count == 1)
        #expect(diagnostics == ["content/codes/200.md:4:1: warning: unknown front-matter key 'sumary' is ignored"])
    }

    @Test func legacyFile() throws {
        let text = try Fixtures.text(Fixtures.olderShapes.appendingPathComponent("legacy-303.md"))
        let (content, diagnostics) = load(["content/codes/303.md": text])
        #expect(diagnostics.isEmpty)
        let code = try #require(content?.codes.first)
        #expect(code.code.value == 303)
        #expect(code.title == "See Other")
        #expect(code.template == "code")
        #expect(code.references == [
            LanguageReference(key: "Go HTTP Status Constant", value: "http.StatusSeeOther"),
            LanguageReference(key: "Python3.5+ HTTP Status Constant", value: "http.HTTPStatus.SEE_OTHER"),
        ])
    }

    @Test func headingStructuredFile() throws {
        let text = try Fixtures.text(Fixtures.olderShapes.appendingPathComponent("heading-303.md"))
        let (content, diagnostics) = load(["content/codes/303.md": text])
        #expect(diagnostics.isEmpty)
        let code = try #require(content?.codes.first)
        #expect(code.code.value == 303)
        #expect(code.title == "See Other")
        #expect(code.summary == "Lets a server answer an unsafe request by sending the client to a separate result resource.")
        #expect(code.plain == "The request worked; now go and read the page the server points you to.")
        #expect(code.headers == ["Location"])
        #expect(code.related.map(\.value) == [302, 307])
        #expect(code.specs == [SpecLink(title: "RFC 9110", section: "15.4.4", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4")])
        // Mapped sections leave the body; the others stay, on their original lines.
        #expect(!code.body.contains("Rationale"))
        #expect(!code.body.contains("Related Codes"))
        #expect(!code.body.contains("Common Headers"))
        #expect(!code.body.contains("# 303 See Other"))
        let lines = code.body.split(separator: "\n", omittingEmptySubsequences: false)
        let original = text.split(separator: "\n", omittingEmptySubsequences: false)
        let description = try #require(original.firstIndex(of: "## Description"))
        #expect(lines[description] == "## Description")
        #expect(code.body.contains("### Pitfalls"))
        #expect(code.body.contains("## Examples"))
    }

    @Test func familiesFallBackToRFC9110Names() throws {
        let (content, _) = load(["content/families/3xx.md": "---\ntitle: Redirects\nsummary: Elsewhere.\n---\nIntro.\n"])
        let families = try #require(content?.families)
        #expect(families.map(\.name) == ["1xx Informational", "2xx Successful", "3xx Redirects", "4xx Client Error", "5xx Server Error"])
        #expect(families[2].summary == "Elsewhere.")
    }

    @Test func plainPagesArePublishedAtTheirPath() throws {
        let (content, diagnostics) = load(["content/guides/retry.md": "---\ntitle: Retrying\n---\nText.\n"])
        #expect(diagnostics.isEmpty)
        #expect(content?.pages.map(\.path) == ["guides/retry"])
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let (content, diagnostics) = load(["content/codes/200.md": "\u{FEFF}---\r\ncode: 200\r\ntitle: OK\r\n---\r\nBody\r\n"])
        #expect(diagnostics.isEmpty)
        #expect(content?.codes.first?.title == "OK")
    }
}
