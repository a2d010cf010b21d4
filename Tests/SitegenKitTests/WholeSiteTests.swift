import Foundation
import Testing
import SitegenKit

/// Content in, site out: the basic fixture builds to exactly the expected tree.
@Suite struct WholeSiteTests {
    @Test func buildMatchesExpectedTree() throws {
        let output = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let site = output.appendingPathComponent("site").path
        let result = try SiteBuilder().build(BuildOptions(
            contentDirectory: Fixtures.basicSite.appendingPathComponent("content").path,
            templatesDirectory: Fixtures.basicSite.appendingPathComponent("templates").path,
            outputDirectory: site))
        #expect(result.diagnostics.allSatisfy { $0.severity == .note })

        let disk = DiskFileSystem()
        let expectedRoot = Fixtures.basicSite.appendingPathComponent("expected").path
        let expected = Set(try disk.files(under: expectedRoot))
        let actual = Set(try disk.files(under: site))
        #expect(actual.subtracting(expected).sorted() == [], "unexpected files")
        #expect(expected.subtracting(actual).sorted() == [], "missing files")
        for file in expected.intersection(actual).sorted() {
            let want = try disk.contents(of: "\(expectedRoot)/\(file)")
            let got = try disk.contents(of: "\(site)/\(file)")
            #expect(String(decoding: got, as: UTF8.self) == String(decoding: want, as: UTF8.self), "\(file) differs")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try SiteBuilder(fileSystem: Fixtures.basicSiteInMemory(), workingDirectory: "/work").check(BuildOptions())
        let second = try SiteBuilder(fileSystem: Fixtures.basicSiteInMemory(), workingDirectory: "/work").check(BuildOptions())
        #expect(first.files == second.files)
    }

    /// Served from a subfolder, every internal link must still resolve: none may be root-absolute,
    /// and each relative link must land on a generated file.
    @Test func everyInternalLinkIsRelativeAndResolves() throws {
        let result = try SiteBuilder(fileSystem: Fixtures.basicSiteInMemory(), workingDirectory: "/work").check(BuildOptions())
        let paths = Set(result.files.map(\.path))
        var checked = 0
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            let directory = file.path.split(separator: "/").dropLast().map(String.init)
            for match in html.matches(of: /(?:href|src)="([^"#]*)(#[^"]*)?"/) {
                let href = String(match.1)
                if href.hasPrefix("http") || href.isEmpty { continue }
                #expect(!href.hasPrefix("/"), "\(file.path) links to root-absolute \(href)")
                var parts = directory
                for part in href.split(separator: "/") {
                    if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
                }
                let target = parts.joined(separator: "/")
                let resolved = href.hasSuffix("/") || href == "./" ? (target.isEmpty ? "" : target + "/") + "index.html" : target
                #expect(paths.contains(resolved), "\(file.path): \(href) resolves to missing \(resolved)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func codePageShowsItsParts() throws {
        let result = try SiteBuilder(fileSystem: Fixtures.basicSiteInMemory(), workingDirectory: "/work").check(BuildOptions())
        let page = try #require(result.files.first { $0.path == "303/index.html" })
        let html = String(decoding: page.data, as: UTF8.self)
        #expect(html.contains("<h1>303 See Other</h1>"))
        #expect(html.contains("<a href=\"../3xx/\">3xx Redirection</a>"))
        #expect(html.contains("<p class=\"related\"><a href=\"../307/\">307 Temporary Redirect</a>: Sends the client elsewhere for now, keeping the method.</p>"))
        #expect(html.contains("<p class=\"backlink\"><a href=\"../200/\">200</a></p>"))
        #expect(html.contains("<p class=\"guide\"><a href=\"../guides/redirects/\">Choosing a redirect</a></p>"))
        #expect(html.contains("(earlier)"))
        #expect(html.contains("<a rel=\"next\" href=\"../307/\">307</a>"))
        let unofficial = String(decoding: try #require(result.files.first { $0.path == "499/index.html" }).data, as: UTF8.self)
        #expect(unofficial.contains("<p class=\"badge\">Unofficial · nginx</p>"))
    }

    @Test func baseURLGivesCanonicalLinksButKeepsInternalLinksRelative() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("templates/base.mustache", Data("{{#page.canonical}}<link rel=\"canonical\" href=\"{{page.canonical}}\">{{/page.canonical}}{{$content}}{{/content}}".utf8))
        let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work")
            .check(BuildOptions(baseURL: "https://example.org/docs/http"))
        let html = String(decoding: try #require(result.files.first { $0.path == "303/index.html" }).data, as: UTF8.self)
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/docs/http/303/\">"))
        #expect(html.contains("href=\"../307/\""))
    }

    /// `site-header` is rendered once per folder depth and section, yet each page gets its own:
    /// links relative to its folder, its family marked current, and no page values. A comment
    /// on the template's first line leaves nothing behind.
    @Test func sharedHeaderFollowsEachPagesDepthAndSection() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("templates/base.mustache", Data("[{{{site_header}}}]{{$content}}{{/content}}".utf8))
        fileSystem.setFile("templates/site-header.mustache",
                           Data("{{! Shared by the pages of one depth and section }}\n{{#nav}}{{#current}}{{url}}{{/current}}{{/nav}}|{{home_url}}|{{page.title}}\n".utf8))
        let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").check(BuildOptions())
        func page(_ path: String) throws -> String {
            String(decoding: try #require(result.files.first { $0.path == path }).data, as: UTF8.self)
        }
        #expect(try page("index.html").hasPrefix("[|./|]"))
        #expect(try page("303/index.html").hasPrefix("[../3xx/|../|]"))
        #expect(try page("3xx/index.html").hasPrefix("[../3xx/|../|]"))
        #expect(try page("200/index.html").hasPrefix("[../2xx/|../|]"))
        #expect(try page("guides/redirects/index.html").hasPrefix("[|../../|]"))
    }

    /// A family page shows its "Facts checked" line only when the family has a `checked` date.
    @Test func familyShowsCheckedDateOnlyWhenItHasOne() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.setFile("templates/family.mustache",
                           Data("{{<base}}{{$content}}[{{#family.checked}}checked {{iso}}{{/family.checked}}]{{/content}}{{/base}}".utf8))
        func familyPage() throws -> String {
            let result = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").check(BuildOptions())
            return String(decoding: try #require(result.files.first { $0.path == "3xx/index.html" }).data, as: UTF8.self)
        }
        #expect(try familyPage().contains("[]"))
        let family = String(decoding: try fileSystem.contents(of: "content/families/3xx.md"), as: UTF8.self)
        fileSystem.setFile("content/families/3xx.md", Data(family.replacingOccurrences(of: "title: Redirection\n",
                                                                                     with: "title: Redirection\nchecked: 2026-11-01\n").utf8))
        #expect(try familyPage().contains("[checked 2026-11-01]"))
    }
}
