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

    /// Keys with equal text are duplicates by the YAML library only when their resolved types match
    /// (`1` is a number, `"1"` a string); sitegen reports the others itself. YAML without tags,
    /// anchors or aliases is first composed without resolving types, so these pin that the answer
    /// and the message are still the default schema's.
    @Test func duplicateKeysAreJudgedByTheDefaultSchema() {
        let cases: [(yaml: String, expected: String)] = [
            ("title: a\n\"title\": b", "content/codes/303.md:3:1: error: duplicate key 'title' (first on line 2); remove one of them"),
            ("1: a\n\"1\": b", "content/codes/303.md:3:1: error: duplicate key '1' (first defined on line 2)"),
            ("true: a\n'true': b", "content/codes/303.md:3:1: error: duplicate key 'true' (first defined on line 2)"),
            ("!!str 1: a\n1: b", "content/codes/303.md:3:1: error: duplicate key '1' (first defined on line 2)"),
            ("!!int 1: a\n1: b", "content/codes/303.md:2:1: error: duplicate key '1' (first on line 3); remove one of them"),
            ("title: &t T\nsummary: *t\nx: 1\n\"x\": 2", "content/codes/303.md:5:1: error: duplicate key 'x' (first on line 4); remove one of them"),
        ]
        for (yaml, expected) in cases {
            var log = DiagnosticLog()
            _ = YAMLMapping.parse(yaml, in: source("---\n\(yaml)\n---\n"), lineOffset: 1, log: &log)
            #expect(log.diagnostics.map(\.description) == [expected], "\(yaml.debugDescription)")
        }
    }

    /// The types the default schema gives values are what the typed accessors read.
    @Test func valuesKeepTheirDefaultTypes() throws {
        var log = DiagnosticLog()
        let yaml = try #require(YAMLMapping.parse("a: yes\nb: 'yes'\nc: ~\nd: 12", in: source("---\n---\n"), lineOffset: 1, log: &log))
        #expect(yaml.bool("a", log: &log) == true)
        #expect(yaml.bool("b", log: &log) == nil)
        #expect(yaml.string("c", log: &log) == nil)
        #expect(yaml.int("d", log: &log)?.value == 12)
        #expect(log.diagnostics.map(\.description) == ["content/codes/303.md:3:4: error: 'b' must be true or false"])
    }

    /// Plain ASCII page paths are checked in bytes, others in characters: the same rules either way.
    @Test func pagePathRulesDoNotDependOnTheAlphabet() {
        let dots = "a file or folder name is empty, '.' or '..'; rename it"
        let space = "it contains a space; use hyphens instead, as in 'retry-after.md'"
        let cases: [(String, String?)] = [
            ("guides/retry-after", nil), ("guides/résumé", nil),
            ("guides//x", dots), ("guides//é", dots), ("./x", dots), ("é/..", dots),
            ("guides/a b", space), ("guides/é b", space), ("guides/é\u{3000}b", space),
            ("guides/a\tb", "it contains a control character; rename it"), ("guides/é\u{7F}", "it contains a control character; rename it"),
            ("guides/a#b", "'#' cannot appear in a page address; rename the file without it"),
            ("guides/é?b", "'?' cannot appear in a page address; rename the file without it"),
            ("guides/a b#c", space), ("guides/a#b c", "'#' cannot appear in a page address; rename the file without it"),
            (".sitegen-staging", "the name is reserved for sitegen's own bookkeeping"),
        ]
        for (path, problem) in cases {
            #expect(PagePath.problem(with: path) == problem, "\(path.debugDescription)")
        }
    }

    /// The body keeps the file's line numbers whether or not the file has front matter.
    @Test func bodyKeepsLineNumbersWithAndWithoutFrontMatter() throws {
        var log = DiagnosticLog()
        #expect(try #require(FrontMatter.split(source("# Title\nText\n"), log: &log)).body == "# Title\nText\n")
        #expect(try #require(FrontMatter.split(source("---\ntitle: x\n---"), log: &log)).body == "\n\n")
        #expect(try #require(FrontMatter.split(source("---\n---\nA\n"), log: &log)).body == "\n\nA\n")
        #expect(log.diagnostics.isEmpty)
    }
}
