import Testing
@testable import SitegenKit

/// `TemplateTags` looks at a template's bytes before (or instead of) running its patterns; it
/// must find exactly what the patterns find.
@Suite struct TemplateTagsTests {
    private static let texts = [
        "<main id=\"main\" class=\"wrap\">\n<h2 id=\"at-a-glance\">x</h2>",
        "<p\tid=\"tab\"><p\nid=\"newline\"><p\r\nid=\"crlf\"><pid=\"glued\"><p id=\"{{id}}\"><p id=\"a}b\"> id=\"open",
        " id=\"\" id=\"one\"id=\"two\" id=\"three\"",
        "<p\u{0B}id=\"vt\"><p\u{0C}id=\"ff\"><p\u{1C}id=\"fs\"><p\u{85}id=\"nel\">",
        "<title>{{page.title}} · {{site.title}}</title>\n<a id=\"caf\u{E9}\">",
        "<p id=\"x\"\u{301} id=\"y\">",
        "",
    ]

    @Test(arguments: texts)
    func findsTheIDsThePatternFinds(_ text: String) {
        let pattern = /\sid="([^"{}]*)"/
        #expect(TemplateTags.literalIDs(in: text) == text.matches(of: pattern).map { String($0.1) })
    }

    @Test func findsLiteralIDs() {
        #expect(TemplateTags.literalIDs(in: Self.texts[0]) == ["main", "at-a-glance"])
        #expect(TemplateTags.literalIDs(in: Self.texts[1]) == ["tab", "newline", "crlf"])
    }

    @Test func findsPartialReferencesWithTheirPlaces() {
        let text = "{{<base}}\n{{$content}}\n  <ul>{{> code-list}}</ul> {{{> raw}}}\n{{ >  spaced  }}{{#x}}{{/x}}\n\u{E9}{{>after-accent}}\n{{!> comment}}"
        let found = TemplateTags.partialReferences(in: text).map { "\($0.name)@\($0.line):\($0.column)" }
        #expect(found == ["base@1:1", "code-list@3:7", "raw@3:29", "spaced@4:1", "after-accent@5:2"])
        #expect(TemplateTags.partialReferences(in: "<p>{{title}} < {{ x }} ></p>").isEmpty)
    }
}
