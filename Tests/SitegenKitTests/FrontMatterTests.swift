import Testing
@testable import SitegenKit

@Suite struct FrontMatterTests {
    private func source(_ text: String) -> SourceFile {
        SourceFile(displayPath: "content/codes/303.md", relativePath: "codes/303.md", text: text)
    }

    @Test func splitsYAMLAndKeepsBodyLineNumbers() throws {
        var log = DiagnosticLog()
        let split = try #require(FrontMatter.split(source("---\ncode: 303\ntitle: See Other\n---\n## Description\nText\n"), log: &log))
        #expect(split.yaml == "code: 303\ntitle: See Other")
        #expect(split.yamlLineOffset == 1)
        // Line 5 of the file is line 5 of the body.
        #expect(split.body.split(separator: "\n", omittingEmptySubsequences: false)[4] == "## Description")
        #expect(log.diagnostics.isEmpty)
    }

    /// Blanks around a delimiter are allowed, Unicode spaces included; other text is not.
    @Test func delimitersMayBeSurroundedByWhiteSpace() throws {
        var log = DiagnosticLog()
        for closing in ["---", " ---\t", "---\r", "\u{3000}---\u{A0}"] {
            let split = try #require(FrontMatter.split(source(" ---\ncode: 303\n\(closing)\nBody\n"), log: &log))
            #expect(split.yaml == "code: 303", "\(closing.debugDescription)")
        }
        for notClosing in ["--- x", "-- -", "\u{3000}--", "é---"] {
            #expect(FrontMatter.split(source("---\ncode: 303\n\(notClosing)\n"), log: &log) == nil, "\(notClosing.debugDescription)")
        }
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        var log = DiagnosticLog()
        let split = try #require(FrontMatter.split(source("# 303 See Other\n"), log: &log))
        #expect(split.yaml == nil)
        #expect(split.body == "# 303 See Other\n")
    }

    @Test func unclosedFrontMatterIsAnError() {
        var log = DiagnosticLog()
        #expect(FrontMatter.split(source("---\ncode: 303\n"), log: &log) == nil)
        #expect(log.diagnostics.map(\.description) == [
            "content/codes/303.md:1:1: error: front matter opened with '---' on line 1 is never closed; add a line with only '---' after the last key",
        ])
    }

    @Test func yamlErrorsPointAtTheFileLine() {
        var log = DiagnosticLog()
        let file = source("---\ncode: 303\ntitle: [unclosed\n---\n")
        _ = YAMLMapping.parse("code: 303\ntitle: [unclosed", in: file, lineOffset: 1, log: &log)
        // libyaml notices the missing ']' at the end of the front matter and names where the list began.
        #expect(log.diagnostics.map(\.description) == [
            "content/codes/303.md:4:1: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3)",
        ])
    }

    @Test func keyLocationsCountFromTheTopOfTheFile() throws {
        var log = DiagnosticLog()
        let file = source("---\ncode: 303\nrelated: [302, 309]\n---\n")
        let yaml = try #require(YAMLMapping.parse("code: 303\nrelated: [302, 309]", in: file, lineOffset: 1, log: &log))
        let related = yaml.list("related", log: &log)
        #expect(related.map(\.value) == ["302", "309"])
        #expect(related.map(\.location.line) == [3, 3])
        #expect(related.map(\.location.column) == [11, 16])
    }
}
