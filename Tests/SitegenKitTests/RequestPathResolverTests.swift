import Testing
import SitegenServe

/// How the preview server maps request paths to files of the in-memory site.
@Suite struct RequestPathResolverTests {
    private let files: Set<String> = ["index.html", "404.html", "303/index.html", "guides/redirects/index.html", "assets/site.css"]

    private func resolve(_ path: String, base: String = "/", query: String = "") -> RequestPathResolver.Resolution {
        RequestPathResolver(basePath: base).resolve(path, query: query) { files.contains($0) }
    }

    @Test func filesAndDirectoryIndexes() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/303/") == .file("303/index.html"))
        #expect(resolve("/303/index.html") == .file("303/index.html"))
        #expect(resolve("/guides/redirects/") == .file("guides/redirects/index.html"))
        #expect(resolve("/assets/site.css") == .file("assets/site.css"))
        #expect(resolve("/assets/%73ite.css") == .file("assets/site.css"))
    }

    @Test func directoryWithoutSlashRedirectsKeepingTheQuery() {
        #expect(resolve("/303") == .redirect(location: "/303/"))
        #expect(resolve("/guides/redirects", query: "a=1") == .redirect(location: "/guides/redirects/?a=1"))
    }

    @Test func unknownPathsAreNotFound() {
        #expect(resolve("/999/") == .notFound)
        #expect(resolve("/assets/") == .notFound)
        #expect(resolve("/assets/site.css/") == .notFound)
        #expect(resolve("//303/") == .notFound)
        #expect(resolve("/303//") == .notFound)
        #expect(resolve("/etc/passwd") == .notFound)
    }

    @Test func traversalIsRefusedInEveryForm() {
        for path in ["/../index.html", "/303/../index.html", "/./index.html", "/%2e%2e/index.html", "/%2E%2e/index.html",
                     "/%2e/index.html", "/..%2findex.html", "/303%2Findex.html", "/..\\index.html", "/..%5cindex.html",
                     "/index.html%00", "/%00", "/index.html\u{0}", "/%zz", "/%2", "/%ff", "index.html",
                     "http://example.org/index.html", "*"] {
            #expect(resolve(path) == .badRequest, "\(path)")
        }
    }

    @Test func underABasePath() {
        let base = "/docs/http/"
        #expect(resolve("/docs/http/", base: base) == .file("index.html"))
        #expect(resolve("/docs/http/303/", base: base) == .file("303/index.html"))
        #expect(resolve("/docs/http", base: base) == .redirect(location: "/docs/http/"))
        #expect(resolve("/docs/http/303", base: base) == .redirect(location: "/docs/http/303/"))
        #expect(resolve("/", base: base) == .notFound)
        #expect(resolve("/303/", base: base) == .notFound)
        #expect(resolve("/docs/", base: base) == .notFound)
        #expect(resolve("/docs/http/../http/303/", base: base) == .badRequest)
    }
}
