import Foundation
import Testing
@testable import SitegenKit

@Suite struct CheckedDateTests {
    @Test func readsAndShowsADay() throws {
        let date = try #require(CheckedDate("2026-11-27"))
        #expect(date.iso == "2026-11-27")
        #expect(date.display == "27 November 2026")
        #expect(CheckedDate("2024-02-29")?.display == "29 February 2024")
    }

    /// A plain page keeps its date as one number and its layout's place as two (`PlainDocument`).
    @Test(arguments: ["0001-01-01", "2024-02-29", "2026-11-27", "9999-12-31"])
    func aPlainPageGivesBackItsDateAndLayoutPlace(_ text: String) throws {
        let date = try #require(CheckedDate(text))
        #expect(CheckedDate(packed: date.packed) == date)
        #expect(date.packed != 0)
        let source = SourceFile(displayPath: "content/guides/a.md", relativePath: "guides/a.md", text: "")
        let page = PlainDocument(path: "guides/a", title: "A", summary: nil, checked: date, template: "page",
                                 templateLocation: source.location(line: 4, column: 9), source: source, sourceDigest: 1)
        #expect(page.checked == date)
        #expect(page.templateLocation == SourceLocation(file: "content/guides/a.md", line: 4, column: 9))
        let plain = PlainDocument(path: "guides/a", title: "A", summary: nil, template: "page", source: source, sourceDigest: 1)
        #expect(plain.checked == nil && plain.templateLocation == nil)
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "2026-11-31", "26-11-27", "2026-1-27", "2026-11-27x", "yesterday", "２０２６-11-27", ""])
    func rejectsWhatIsNotACalendarDay(_ text: String) {
        #expect(CheckedDate(text) == nil)
    }

    @Test func invalidDateIsLocatedAtItsValue() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let path = "content/codes/307.md"
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent(path))
            .replacingOccurrences(of: "checked: 2026-11-27", with: "checked: 2026-11-31")
        fileSystem.setFile(path, Data(text.utf8))
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/codes/307.md:11:10: error: 'checked' must be the date the facts were last verified, written YYYY-MM-DD (such as 2026-11-27)",
        ])
    }

    @Test func missingDateIsAWarning() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let path = "content/codes/307.md"
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent(path))
            .replacingOccurrences(of: "checked: 2026-11-27\n", with: "")
        fileSystem.setFile(path, Data(text.utf8))
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "content/codes/307.md:2:7: warning: code 307 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
        ])
    }
}

@Suite struct SmartPunctuationTests {
    @Test(arguments: [
        ("I'm a teapot", "I’m a teapot"),
        ("\"quoted\" -- and --- dashes...", "“quoted” – and — dashes…"),
        ("*not emphasis* [not a link](x) `not code` <b>", "*not emphasis* [not a link](x) `not code` <b>"),
        ("- not a list", "- not a list"),
        ("1. not a list", "1. not a list"),
        ("# not a heading", "# not a heading"),
        ("a & b &amp; c \\ d", "a & b &amp; c \\ d"),
        ("Caf\u{E9}'s 12. d\u{E9}j\u{E0}-vu", "Caf\u{E9}\u{2019}s 12. d\u{E9}j\u{E0}-vu"),
        ("\u{E9}\n- not a list\n2024. not one either", "\u{E9}\n- not a list\n2024. not one either"),
        ("\u{1F600} _x_ ~y~ {z} |w| @v", "\u{1F600} _x_ ~y~ {z} |w| @v"),
    ])
    func changesOnlyQuotesDashesAndEllipses(_ text: String, _ expected: String) {
        #expect(SmartPunctuation.apply(to: text) == expected)
    }

    @Test(arguments: [true, false])
    func frontMatterTextFollowsTheBodySetting(_ smart: Bool) throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let config = try Fixtures.text(Fixtures.basicSite.appendingPathComponent("content/site.yml"))
        fileSystem.setFile("content/site.yml", Data((config + "markdown:\n  smart_punctuation: \(smart)\n").utf8))
        let path = "content/codes/303.md"
        let text = try Fixtures.text(Fixtures.basicSite.appendingPathComponent(path))
            .replacingOccurrences(of: "title: See Other", with: "title: \"See Other -- Don't Repost\"")
        fileSystem.setFile(path, Data(text.utf8))
        var log = DiagnosticLog()
        let content = try #require(ContentLoader(fileSystem: fileSystem).load(from: "content", log: &log))
        let title = try #require(content.codes.first { $0.code.value == 303 }).title
        #expect(title == (smart ? "See Other – Don’t Repost" : "See Other -- Don't Repost"))
    }
}
