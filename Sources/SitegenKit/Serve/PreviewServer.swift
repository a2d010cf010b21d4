import FlyingFox
import Foundation

/// `sitegen serve`: builds the site in memory, serves it, and rebuilds when the content or the
/// templates change. It never writes the output directory or its manifest.
public final class PreviewServer: @unchecked Sendable {
    /// Where the preview reports: `line` for its own messages, `diagnostic` for build problems.
    public struct Console: Sendable {
        public var line: @Sendable (String) -> Void
        public var diagnostic: @Sendable (String) -> Void

        public init(line: @escaping @Sendable (String) -> Void, diagnostic: @escaping @Sendable (String) -> Void) {
            self.line = line
            self.diagnostic = diagnostic
        }
    }

    private let options: PreviewOptions
    private let console: Console
    private let site: LiveSite
    private let stopRequests: AsyncStream<Void>
    private let stopContinuation: AsyncStream<Void>.Continuation
    private let clock = ContinuousClock()
    /// What earlier builds parsed and rendered, so a rebuild redoes only the files that changed.
    private let memory = RebuildMemory()

    public init(options: PreviewOptions, console: Console) {
        self.options = options
        self.console = console
        site = LiveSite { elapsed in
            console.line("sitegen: page reloaded \(elapsed.milliseconds) ms after the save")
        }
        (stopRequests, stopContinuation) = AsyncStream.makeStream(of: Void.self)
    }

    /// Serves until `stop()` is called. `onReady` gets the preview's URL once the first build is in.
    public func run(onReady: @Sendable (String) -> Void = { _ in }) async throws {
        let basePath = try Self.basePath(of: options.baseURL)
        var address = try ListenAddress(host: options.host, port: options.port)
        if options.port != 0, address.isInUse {
            console.line("sitegen: port \(options.port) is in use; taking a free port instead")
            address = address.withPort(0)
        }
        let server = address.makeServer(handler: PreviewHTTPHandler(site: site, resolver: RequestPathResolver(basePath: basePath)))
        let (port, serving) = try await Self.start(server)
        if !address.isLoopback {
            console.line("sitegen: listening on \(address.host), so other machines can reach the preview")
        }

        let url = "http://\(address.urlHost):\(port)\(basePath)"
        let build = BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory,
                                 outputDirectory: "", baseURL: url)
        let started = clock.now
        let pages = rebuild(build, siteURL: url, savedAt: nil)
        let watcher = DirectoryWatcher(roots: [options.contentDirectory, options.templatesDirectory],
                                       forcePolling: options.forcePolling) { [self] batch in
            console.line("sitegen: \(Self.describe(batch.paths)) changed")
            _ = rebuild(build, siteURL: url, savedAt: batch.firstEvent)
        }
        let built = pages.map { "\($0) pages built in \(started.duration(to: clock.now).milliseconds) ms" } ?? "the build failed"
        console.line("sitegen: serving \(url) (\(built); watching \(options.contentDirectory) and \(options.templatesDirectory) "
            + "with \(watcher.mechanism.rawValue); Ctrl-C stops)")
        onReady(url)

        let pings = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                site.ping()
            }
        }
        for await _ in stopRequests { break }
        pings.cancel()
        watcher.stop()
        site.closeAll()
        await server.stop(timeout: 1)
        serving.cancel()
    }

    /// Makes `run` return; safe to call from a signal handler's queue.
    public func stop() {
        stopContinuation.yield()
    }

    /// Builds the site and serves it, or reports why not and keeps the last good build.
    /// Returns the page count of a successful build.
    private func rebuild(_ build: BuildOptions, siteURL: String, savedAt: ContinuousClock.Instant?) -> Int? {
        let started = clock.now
        do {
            let result = try SiteBuilder().check(build, reusing: memory)
            let snapshot = SiteSnapshot(files: result.files, siteURL: siteURL, reusing: site.snapshot)
            let publication = site.publish(snapshot, savedAt: savedAt)
            for diagnostic in result.diagnostics { console.diagnostic(diagnostic.description) }
            if savedAt != nil {
                console.line("sitegen: rebuilt \(result.pageCount) pages in \(started.duration(to: clock.now).milliseconds) ms: "
                    + "\(Self.count(publication.changedFiles, "file")) changed, reloading \(Self.count(publication.reloadedPages, "open page"))")
            }
            return result.pageCount
        } catch {
            let lines = error.diagnostics.map(\.description)
            for line in lines { console.diagnostic(line) }
            site.publishFailure(lines)
            let errors = error.diagnostics.count { $0.severity == .error }
            console.line("sitegen: \(errors) error\(errors == 1 ? "" : "s"); "
                + (site.snapshot == nil ? "nothing to serve until they are fixed" : "still serving the last good build"))
            return nil
        }
    }

    /// Starts `server` and returns its port once it listens, or why it could not listen.
    private static func start(_ server: HTTPServer) async throws -> (port: UInt16, serving: Task<Void, Never>) {
        let (outcome, report) = AsyncStream.makeStream(of: (any Error).self)
        let serving = Task {
            do { try await server.run() } catch { report.yield(error) }
            report.finish()
        }
        let port = try await withThrowingTaskGroup(of: UInt16?.self) { group in
            group.addTask {
                try await server.waitUntilListening(timeout: 10)
                switch await server.listeningAddress {
                case .ip4(_, let port)?, .ip6(_, let port)?: return port
                default: return nil
                }
            }
            group.addTask {
                for await error in outcome { throw PreviewError("cannot listen: \(error.localizedDescription)") }
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let port else { throw PreviewError("the server stopped before it listened") }
        return (port, serving)
    }

    /// The path part of `--base-url`, such as `/docs/http/`; `/` without one.
    static func basePath(of baseURL: String?) throws -> String {
        guard let baseURL else { return "/" }
        guard let normalized = SiteConfig.normalizedBaseURL(baseURL), let url = URL(string: normalized) else {
            throw PreviewError("--base-url must be an absolute URL such as https://example.org/docs/http/")
        }
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// `content/codes/303.md`, or the first few of many paths.
    static func describe(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
