import Mustache
import Testing
@testable import SitegenKit

/// Templates are the user's to edit, so the typed values pages are rendered from must read in
/// every template exactly as the `[String: Any]` values they replace, and their hash must tell
/// apart any two that a template could tell apart.
@Suite struct TemplateValuesTests {
    private let object = TemplateObject([
        "title": .text("Tea & <Biscuits>"),
        "missing": nil,
        "count": .number(3),
        "shown": .flag(true),
        "hidden": .flag(false),
        "empty": .text(""),
        "page": .object(TemplateObject(["title": .text("Inner"), "url": .text("../x/")])),
        "items": .objects([TemplateObject(["name": .text("b")]), TemplateObject(["name": .text("a")])]),
        "none": .objects([]),
        "headers": .texts(["Retry-After", "Location"]),
    ])
    private let dictionary: [String: Any] = [
        "title": "Tea & <Biscuits>",
        "count": 3,
        "shown": true,
        "hidden": false,
        "empty": "",
        "page": ["title": "Inner", "url": "../x/"] as [String: Any],
        "items": [["name": "b"], ["name": "a"]] as [[String: Any]],
        "none": [[String: Any]](),
        "headers": ["Retry-After", "Location"],
    ]

    private func render(_ template: String, _ values: Any) throws -> String {
        // Registered here too: run alone, no template set has registered it yet.
        _ = SafeHTMLContentType.registered
        return try MustacheTemplate(string: SafeHTMLContentType.pragma + template).render(values)
    }

    @Test func templatesReadTypedValuesAsTheDictionaryTheyReplace() throws {
        _ = SafeHTMLContentType.registered
        let templates = [
            "{{title}}|{{{title}}}|{{count}}|{{shown}}|{{missing}}|[{{empty}}]",
            "{{page.title}}|{{page.url}}|{{page.missing}}|{{missing.title}}",
            "{{#page}}{{title}} {{count}} {{url}}{{/page}}|{{#missing}}no{{/missing}}|{{^missing}}yes{{/missing}}",
            "{{#shown}}s{{/shown}}{{#hidden}}h{{/hidden}}{{^hidden}}!h{{/hidden}}{{#empty}}e{{/empty}}{{^empty}}!e{{/empty}}",
            "{{#title}}<{{.}}>{{/title}}|{{#title}}{{count}}{{/title}}",
            "{{#items}}{{name}}{{^last()}},{{/last()}}{{/items}}|{{#none}}x{{/none}}{{^none}}none{{/none}}",
            "{{#headers}}{{.}};{{/headers}}|{{count(headers)}}|{{#sorted(headers)}}{{.}}{{/sorted(headers)}}",
            "{{uppercased(title)}}|{{lowercased(page.title)}}|{{empty(empty)}}|{{empty(title)}}|{{reversed(page.url)}}",
            "{{count(items)}}|{{empty(none)}}|{{#first(items)}}{{name}}{{/first(items)}}|{{#reversed(items)}}{{name}}{{/reversed(items)}}",
            "{{count(page)}}|{{empty(page)}}|{{#sorted(page)}}{{key}}={{value}};{{/sorted(page)}}|{{plusone(count)}}",
            "{{#count}}[{{.}}{{title}}]{{/count}}{{^count}}no{{/count}}|{{minusone(count)}} {{even(count)}} {{odd(count)}} {{equalzero(count)}}",
            "{{first(headers)}}|{{last(headers)}}|{{#reversed(headers)}}{{.}}{{/reversed(headers)}}|{{#headers}}{{count}}{{uppercased(.)}}{{/headers}}",
        ]
        for template in templates {
            #expect(try render(template, object) == (try render(template, dictionary)), "\(template)")
        }
        #expect(try render(templates[0], object) == "Tea &amp; &lt;Biscuits&gt;|Tea & <Biscuits>|3|true||[]")
    }

    @Test func aPageReadsItsOwnValuesBeforeTheSharedOnes() throws {
        let shared = SharedLayout.Values(object: TemplateObject(["site": .text("Site"), "title": .text("Shared")]), hash: 1)
        let page = PageValues(layout: shared, own: TemplateObject(["title": .text("Own")]))
        #expect(try render("{{title}} {{site}} {{count(.)}}", page) == "Own Site 2")
    }

    @Test func valuesAPageCouldTellApartHashApart() {
        func hash(_ object: TemplateObject, layout: UInt64 = 0) -> UInt64 {
            var hasher = ContentHasher()
            PageValues(layout: SharedLayout.Values(object: TemplateObject([:]), hash: layout), own: object).combine(into: &hasher)
            return hasher.value
        }
        let variants = [
            TemplateObject(["a": .text("1")]), TemplateObject(["a": .number(1)]), TemplateObject(["a": .flag(true)]),
            TemplateObject(["b": .text("1")]), TemplateObject(["a": .text("1"), "b": .text("")]),
            TemplateObject(["a": .texts(["1"])]), TemplateObject(["a": .objects([TemplateObject(["a": .text("1")])])]),
            TemplateObject(["a": .object(TemplateObject(["a": .text("1")]))]), TemplateObject(["a": .objects([])]),
            TemplateObject(["a": .texts(["1", ""])]), TemplateObject(["a": .texts(["", "1"])]), TemplateObject([:]),
        ]
        #expect(Set(variants.map { hash($0) }).count == variants.count)
        #expect(hash(variants[0]) == hash(TemplateObject(["a": .text("1"), "c": nil])))
        #expect(hash(variants[0], layout: 1) != hash(variants[0], layout: 2))
    }

    /// A page's key is made before its body is rendered, when the page may be kept: the values made
    /// with the body's HTML must hash as those made without it, and print the HTML.
    @Test func aBodyHashesAsItsKeyAndPrintsItsHTML() throws {
        func body(key: UInt64, html: String?) -> TemplateBody {
            let summary = CachedBody(page: .code(418), key: key, links: [], hasHTTPExample: false, headings: [],
                                     liftedSections: ["notes"], log: DiagnosticLog())
            return TemplateBody(summary: summary, html: html.map {
                RenderedMarkdown(html: $0, links: [], hasHTTPExample: false, liftedSections: ["notes": "<p>notes of \($0)</p>"])
            })
        }
        func values(_ body: TemplateBody) -> TemplateObject {
            TemplateObject(["body": body.value, "notes": body.liftedSection("notes"), "missing": body.liftedSection("missing")])
        }
        func hash(_ object: TemplateObject) -> UInt64 {
            var hasher = ContentHasher()
            object.combine(into: &hasher)
            return hasher.value
        }
        let rendered = values(body(key: 1, html: "<p>Tea</p>"))
        #expect(hash(rendered) == hash(values(body(key: 1, html: nil))))
        #expect(hash(rendered) != hash(values(body(key: 2, html: "<p>Tea</p>"))))
        #expect(try render("{{{body}}}|{{{notes}}}|{{#missing}}x{{/missing}}", rendered) == "<p>Tea</p>|<p>notes of <p>Tea</p></p>|")
    }
}
