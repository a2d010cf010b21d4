import Foundation

/// One build's use of the parts an earlier build left (`ReusableParts`), and the parts it leaves
/// for the next: what it looked up and could use is carried over, what it made is added, the rest
/// is forgotten. Thread-safe, since every stage runs on all cores.
final class BuildReuse: @unchecked Sendable {
    private let lock = NSLock()
    private let documents: [String: CachedDocument]
    private let bodies: [PageID: CachedBody]
    private let pages: [PageID: CachedPage]
    /// Whether the output file of a page the earlier build wrote is still exactly what it wrote.
    private let outputUnchanged: @Sendable (PageID) -> Bool
    private var next = ReusableParts()
    private var contentHashes: [String: UInt64] = [:]
    private var unreadBodies: Set<String> = []
    private var counts = Reuse()

    init(_ parts: ReusableParts, outputUnchanged: @escaping @Sendable (PageID) -> Bool) {
        documents = Dictionary(parts.documents.map { ($0.path, $0) }) { $1 }
        bodies = Dictionary(parts.bodies.map { ($0.page, $0) }) { $1 }
        pages = Dictionary(parts.pages.map { ($0.page, $0) }) { $1 }
        self.outputUnchanged = outputUnchanged
    }

    // MARK: Documents

    /// The document the earlier build loaded from `path`, when the file's fingerprint is the same,
    /// so the file need not be read.
    func document(at path: String, fingerprint: FileFingerprint?) -> CachedDocument? {
        lock.withLock {
            guard let fingerprint, let cached = documents[path], cached.fingerprint == fingerprint else { return nil }
            return carry(cached)
        }
    }

    /// The document the earlier build loaded from the same bytes (read again: the fingerprint changed).
    func document(at path: String, contentHash: UInt64, fingerprint: FileFingerprint?) -> CachedDocument? {
        lock.withLock {
            guard var cached = documents[path], cached.contentHash == contentHash else { return nil }
            cached.fingerprint = fingerprint
            return carry(cached)
        }
    }

    /// Called with the lock held. A cached document holds no body (see `bodyWasRead(from:)`).
    private func carry(_ cached: CachedDocument) -> CachedDocument {
        counts.documents += 1
        unreadBodies.insert(cached.path)
        contentHashes[cached.path] = cached.contentHash
        next.documents.append(cached)
        return cached
    }

    func remember(_ document: CachedDocument) {
        lock.withLock {
            contentHashes[document.path] = document.contentHash
            next.documents.append(document)
        }
    }

    /// The hash of the bytes the document at `path` was loaded from, this build.
    func contentHash(ofFileAt path: String) -> UInt64? {
        lock.withLock { contentHashes[path] }
    }

    /// Whether the document at `path` holds its Markdown body. A cached one does not: bodies are
    /// the bulk of the content, and only a page that is rendered again needs its body.
    func bodyWasRead(from path: String) -> Bool {
        lock.withLock { !unreadBodies.contains(path) }
    }

    // MARK: Bodies

    /// What the earlier build learned rendering this page's body, when its key is the same.
    func body(for page: PageID, key: UInt64) -> CachedBody? {
        lock.withLock {
            guard let cached = bodies[page], cached.key == key else { return nil }
            counts.bodies += 1
            next.bodies.append(cached)
            return cached
        }
    }

    func remember(_ body: CachedBody) {
        lock.withLock { next.bodies.append(body) }
    }

    // MARK: Pages

    /// The earlier build's page, when its key is the same and its output is still as written.
    func page(_ page: PageID, key: UInt64) -> CachedPage? {
        guard let cached = lock.withLock({ pages[page] }), cached.key == key,
              cached.bytes != nil || outputUnchanged(page) else { return nil }
        lock.withLock {
            counts.pages += 1
            next.pages.append(cached)
        }
        return cached
    }

    func remember(_ page: CachedPage) {
        lock.withLock { next.pages.append(page) }
    }

    /// Ends the build: the parts for the next one, in a stable order, and what this one reused.
    /// Files modified after `settledBefore` (nanoseconds since 1970) lose their fingerprint,
    /// so the next build compares their bytes.
    func finish(settledBefore: Int64) -> (parts: ReusableParts, reuse: Reuse) {
        lock.withLock {
            var parts = next
            for index in parts.documents.indices where (parts.documents[index].fingerprint?.modified ?? 0) > settledBefore {
                parts.documents[index].fingerprint = nil
            }
            parts.documents.sort { $0.path < $1.path }
            parts.bodies.sort { $0.page < $1.page }
            parts.pages.sort { $0.page < $1.page }
            return (parts, counts)
        }
    }
}

/// How much of an earlier build a build reused.
public struct Reuse: Sendable, Equatable {
    /// Markdown files not parsed again.
    public var documents = 0
    /// Markdown bodies not rendered again.
    public var bodies = 0
    /// Pages not rendered again through their template.
    public var pages = 0

    public init() {}
}
