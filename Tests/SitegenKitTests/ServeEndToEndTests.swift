import Foundation
import Testing

/// `sitegen serve` run as a user runs it: the real executable on a copy of the basic site,
/// spoken to over real sockets.
@Suite(.serialized) struct ServeEndToEndTests {
    private static let page = "content/codes/303.md"

    private func edit(_ root: URL, replacing old: String, with new: String) throws {
        let file = root.appendingPathComponent(Self.page)
        let text = try Fixtures.text(file)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
    }

    private func fingerprint(in html: String) -> String? {
        html.firstMatch(of: /data-fingerprint="([0-9a-f]+)"/).map { String($0.1) }
    }

    /// Subscribes the way the injected script does and waits until the server has registered it.
    private func subscribe(_ client: RawHTTPClient, page: String, fingerprint: String) throws -> RawHTTPClient.Connection {
        let stream = try client.openStream("/__sitegen/events?page=\(page)&fingerprint=\(fingerprint)")
        let opening = stream.read(until: { $0.contains("retry: 500") }, timeout: .seconds(10))
        #expect(opening.contains("text/event-stream"))
        return stream
    }

    @Test func servesEditsBreaksFixesAndStops() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        try "TOP-SECRET".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let serve = try ServeProcess(arguments: ["--port", "0"], in: root)
        let url = try #require(serve.servedURL(), "no URL printed: \(serve.printed)")
        #expect(url.host == "127.0.0.1")
        #expect(url.path == "/")
        let client = RawHTTPClient(port: UInt16(try #require(url.port)))

        // A page, with the live-reload script that `build` never writes.
        let page = try client.send("GET", "/303/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["cache-control"] == "no-cache")
        #expect(page.body.contains("<p class=\"plain\">Go and look over there.</p>"))
        #expect(page.body.contains("<script src=\"/__sitegen/live.js\" data-page=\"303/index.html\""))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))

        // Revalidation, HEAD, a directory URL without its slash, an unknown path.
        let etag = try #require(page.headers["etag"])
        #expect(try client.send("GET", "/303/", headers: ["If-None-Match": etag]).status == 304)
        let head = try client.send("HEAD", "/303/")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(page.body.utf8.count))
        let redirect = try client.send("GET", "/303")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/303/")
        let missing = try client.send("GET", "/999/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1>Not found</h1>"))
        let types = ["/assets/style.css": "text/css; charset=utf-8", "/search-index.js": "text/javascript; charset=utf-8",
                     "/303.json": "application/json", "/sitemap.xml": "application/xml", "/robots.txt": "text/plain; charset=utf-8"]
        for (path, type) in types {
            let answer = try client.send("GET", path)
            #expect(answer.status == 200 && answer.headers["content-type"] == type, "\(path)")
            #expect(answer.headers["x-content-type-options"] == "nosniff")
        }

        // Nothing outside the in-memory site is reachable, however the path is spelled.
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt", "/303/..%5c..%5csecret.txt",
                     "/..\\secret.txt", "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd", "/secret.txt%00.html",
                     "/content/codes/303.md", "/../../../../etc/passwd", "/%252e%252e/secret.txt"] {
            let answer = try client.send("GET", path)
            #expect([400, 404].contains(answer.status), "\(path) answered \(answer.status)")
            #expect(!answer.body.contains("TOP-SECRET") && !answer.body.contains("root:"), "\(path) leaked a file")
        }

        // An edit reloads the open page, and the new text is served; a page it did not change stays.
        let first = try #require(fingerprint(in: page.body))
        let stream = try subscribe(client, page: "303/index.html", fingerprint: first)
        let untouched = try subscribe(client, page: "404.html", fingerprint: try #require(fingerprint(in: missing.body)))
        try edit(root, replacing: "Go and look over there.", with: "Fetch the other page.")
        let reload = stream.read(until: { $0.contains("event: reload") }, timeout: .seconds(20))
        stream.close()
        #expect(reload.contains("event: reload"))
        // Both would have been told in the same instant, so a second is plenty.
        #expect(!untouched.read(until: { $0.contains("event: reload") }, timeout: .seconds(1)).contains("event: reload"))
        untouched.close()
        let edited = try client.send("GET", "/303/")
        #expect(edited.body.contains("Fetch the other page."))

        // A broken file: the errors reach the page, the last good build is still served.
        let second = try #require(fingerprint(in: edited.body))
        let errors = try subscribe(client, page: "303/index.html", fingerprint: second)
        try edit(root, replacing: "related: [307]", with: "related: [307, 309]\ntitle: [unclosed <b>")
        let overlay = errors.read(until: { $0.contains("event: errors") && $0.contains("\n\n") }, timeout: .seconds(20))
        #expect(overlay.contains("event: errors\ndata: [\"content/codes/303.md:"))
        #expect(overlay.contains("error: "))
        #expect(try client.send("GET", "/303/").body.contains("Fetch the other page."))
        #expect(serve.waitForOutput("still serving the last good build"))

        // Fixing it reloads the page, whose bytes did not even change.
        try edit(root, replacing: "related: [307, 309]\ntitle: [unclosed <b>", with: "related: [307]")
        let fixed = errors.read(until: { $0.contains("event: reload") }, timeout: .seconds(20))
        errors.close()
        #expect(fixed.contains("event: reload"))

        // A stylesheet change reloads the pages that load it.
        let styled = try client.send("GET", "/200/")
        #expect(styled.body.contains("assets/style.css"))
        let stylesheetUser = try subscribe(client, page: "200/index.html", fingerprint: try #require(fingerprint(in: styled.body)))
        try "body { color: #222; }\n".write(to: root.appendingPathComponent("templates/assets/style.css"), atomically: true, encoding: .utf8)
        #expect(stylesheetUser.read(until: { $0.contains("event: reload") }, timeout: .seconds(20)).contains("event: reload"))
        stylesheetUser.close()
        #expect(try client.send("GET", "/assets/style.css").body == "body { color: #222; }\n")

        // Ctrl-C: exit status 0, and the port is free again.
        #expect(serve.interrupt() == 0)
        #expect(client.isRefused)
    }

    @Test func aFirstBuildThatFailsShowsEscapedErrorsUntilFixed() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(root, replacing: "related: [307]", with: "related: [307]\nstatus: \"<b>bold</b>\"")
        let serve = try ServeProcess(arguments: ["--port", "0"], in: root)
        let url = try #require(serve.servedURL(), "no URL printed: \(serve.printed)")
        #expect(serve.printed.contains("content/codes/303.md:11:9: error: unknown status '<b>bold</b>'"))
        #expect(serve.printed.contains("nothing to serve until they are fixed"))
        let client = RawHTTPClient(port: UInt16(try #require(url.port)))

        let failed = try client.send("GET", "/303/")
        #expect(failed.status == 500)
        #expect(failed.body.contains("unknown status &#39;&lt;b&gt;bold&lt;/b&gt;&#39;") || failed.body.contains("unknown status '&lt;b&gt;bold&lt;/b&gt;'"))
        #expect(!failed.body.contains("<b>bold"))
        let page = try #require(failed.body.firstMatch(of: /data-page="([^"]*)" data-fingerprint="([^"]*)"/))
        let stream = try subscribe(client, page: String(page.1), fingerprint: String(page.2))
        #expect(stream.read(until: { $0.contains("event: errors") && $0.contains("]\n\n") }, timeout: .seconds(10)).contains("unknown status"))

        try edit(root, replacing: "\nstatus: \"<b>bold</b>\"", with: "")
        #expect(stream.read(until: { $0.contains("event: reload") }, timeout: .seconds(20)).contains("event: reload"))
        stream.close()
        #expect(try client.send("GET", "/303/").status == 200)
        #expect(serve.interrupt() == 0)
    }

    @Test func servesUnderTheBaseURLPath() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let serve = try ServeProcess(arguments: ["--port", "0", "--base-url", "https://example.org/docs/http/"], in: root)
        let url = try #require(serve.servedURL(), "no URL printed: \(serve.printed)")
        #expect(url.path == "/docs/http")
        #expect(url.absoluteString.hasSuffix("/docs/http/"))
        let client = RawHTTPClient(port: UInt16(try #require(url.port)))
        #expect(try client.send("GET", "/docs/http/303/").status == 200)
        #expect(try client.send("GET", "/303/").status == 404)
        #expect(try client.send("GET", "/docs/http").headers["location"] == "/docs/http/")
        // The 404 page links into the preview, not to the deployed site.
        let missing = try client.send("GET", "/docs/http/nowhere")
        #expect(missing.status == 404)
        #expect(missing.body.contains("href=\"\(url.absoluteString)\""))
        #expect(serve.interrupt() == 0)
    }

    #if os(Linux)
    @Test func openHandsTheURLToTheBrowserOpener() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        // A stand-in for xdg-open (Linux) that records what it was asked to open. It writes aside
        // and renames, so the test never sees the file before its line is in it.
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let opener = bin.appendingPathComponent("xdg-open")
        try "#!/bin/sh\necho \"$1\" > \"\(root.path)/opening\" && mv \"\(root.path)/opening\" \"\(root.path)/opened\"\n"
            .write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let serve = try ServeProcess(arguments: ["--port", "0", "--open"], in: root, environment: ["PATH": path])
        let url = try #require(serve.servedURL(), "no URL printed: \(serve.printed)")
        let opened = root.appendingPathComponent("opened")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: opened.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect((try? Fixtures.text(opened)) == url.absoluteString + "\n")
        #expect(serve.interrupt() == 0)
    }
    #endif

    @Test func badOptionsAreRefusedBeforeServing() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        for (arguments, message) in [(["--host", "example.org"], "sitegen: error: --host must be an IP address"),
                                     (["--base-url", "docs/http"], "sitegen: error: --base-url must be an absolute URL")] {
            let serve = try ServeProcess(arguments: ["--port", "0"] + arguments, in: root)
            serve.process.waitUntilExit()
            #expect(serve.process.terminationStatus == 1)
            #expect(serve.waitForOutput(message, seconds: 5), "\(serve.printed)")
            #expect(!serve.printed.contains("serving"))
        }
    }

    @Test func aBusyPortIsReplacedByAFreeOne() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try ServeProcess(arguments: ["--port", "0"], in: root)
        let busy = try #require(first.servedURL()?.port)
        let second = try ServeProcess(arguments: ["--port", String(busy)], in: root)
        let url = try #require(second.servedURL(), "no URL printed: \(second.printed)")
        #expect(second.printed.contains("port \(busy) is in use; taking a free port instead"))
        #expect(url.port != busy)
        #expect(try RawHTTPClient(port: UInt16(try #require(url.port))).send("GET", "/").status == 200)
        #expect(second.interrupt() == 0)
        #expect(first.interrupt() == 0)
    }
}
