import Foundation

/// What one build in this process learned, so the next build redoes only what changed: each
/// content file's parsed document (with its diagnostics) by the file's bytes, and each page's
/// rendered Markdown by its body, file and Markdown options, for as long as the set of pages that
/// links can resolve to stays the same. `sitegen serve` keeps one across its rebuilds; pass it
/// to `SiteBuilder.check(_:reusing:)` or `build(_:reusing:)`. Everything after these stages (the
/// graph, templates, fragment checks) runs in full on every build, so results equal a clean build.
/// Thread-safe; entries not used by the latest build are dropped.
public final class RebuildMemory: @unchecked Sendable {
    /// How much the latest build reused.
    public struct Reuse: Sendable, Equatable {
        public var documents = 0
        public var bodies = 0
    }

    struct BodyKey: Equatable {
        var body: String
        var relativePath: String
        var displayPath: String
        var rawHTML: Bool
        var smartPunctuation: Bool
        var severity: Diagnostic.Severity
    }

    private let lock = NSLock()
    private var documents: [String: (data: Data, document: ContentLoader.Document?, log: DiagnosticLog)] = [:]
    private var nextDocuments: [String: (data: Data, document: ContentLoader.Document?, log: DiagnosticLog)] = [:]
    private var bodies: [PageID: (key: BodyKey, rendered: RenderedMarkdown, log: DiagnosticLog)] = [:]
    private var nextBodies: [PageID: (key: BodyKey, rendered: RenderedMarkdown, log: DiagnosticLog)] = [:]
    private var routes: [String] = []
    private var reuse = Reuse()
    private var latestReuse = Reuse()

    public init() {}

    /// What the latest completed build reused.
    public var lastReuse: Reuse { lock.withLock { latestReuse } }

    /// The document read from `data` at `path` by an earlier build, with its diagnostics.
    func document(at path: String, data: Data) -> (ContentLoader.Document?, DiagnosticLog)? {
        lock.withLock {
            guard let entry = documents[path], entry.data == data else { return nil }
            nextDocuments[path] = entry
            reuse.documents += 1
            return (entry.document, entry.log)
        }
    }

    func remember(_ document: ContentLoader.Document?, log: DiagnosticLog, at path: String, data: Data) {
        lock.withLock { nextDocuments[path] = (data, document, log) }
    }

    /// Starts the Markdown stage: rendered bodies are reusable only while `routes` (every page
    /// and file a link can resolve to) is what it was.
    func beginRendering(routes current: [String]) {
        lock.withLock {
            if routes != current { bodies = [:] }
            routes = current
        }
    }

    func body(for page: PageID, key: BodyKey) -> (RenderedMarkdown, DiagnosticLog)? {
        lock.withLock {
            guard let entry = bodies[page], entry.key == key else { return nil }
            nextBodies[page] = entry
            reuse.bodies += 1
            return (entry.rendered, entry.log)
        }
    }

    func remember(_ rendered: RenderedMarkdown, log: DiagnosticLog, for page: PageID, key: BodyKey) {
        lock.withLock { nextBodies[page] = (key, rendered, log) }
    }

    /// Ends a build: what it did not use is forgotten.
    func finishBuild() {
        lock.withLock {
            documents = nextDocuments
            nextDocuments = [:]
            bodies = nextBodies
            nextBodies = [:]
            latestReuse = reuse
            reuse = Reuse()
        }
    }
}

extension SiteIndex {
    /// Everything `LinkResolver` consults to resolve a link, as one comparable list.
    var linkTargets: [String] {
        codes.keys.sorted().map { "code \($0)" } + unloadedCodes.sorted().map { "unloaded \($0)" }
            + pagesByPath.keys.sorted().map { "page \($0)" }
            + pageBySourcePath.map { "source \($0.key) \($0.value)" }.sorted()
            + assetPaths.sorted().map { "asset \($0)" }
    }
}
