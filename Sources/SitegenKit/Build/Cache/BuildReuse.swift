import Foundation

/// One build's use of the parts an earlier build left (`ReusableParts`), and the parts it leaves
/// for the next: what it looked up and could use is carried over, what it made is added, the rest
/// is forgotten. Thread-safe, since every stage runs on all cores.
final class BuildReuse: @unchecked Sendable {
    private let lock = NSLock()
    private let documents: [String: CachedDocument]
    private let bodies: [PageID: CachedBody]
    private let pages: [PageID: CachedPage]
    /// The fingerprints of the input files taken before the build read any, when known.
    private let inputs: [String: FileFingerprint]
    /// The fingerprint of a page's output file when it is still exactly what the earlier build wrote.
    private let unchangedOutput: @Sendable (PageID) -> FileFingerprint?
    private var keptOutputs: [String: FileFingerprint] = [:]
    /// Whether pages are remembered with their bytes (in memory) or found in the output (on disk).
    let keepsPageBytes: Bool
    private var next = ReusableParts()
    private var counts = Reuse()

    /// What this build has reused so far.
    var reused: Reuse { lock.withLock { counts } }

    init(_ parts: ReusableParts, inputs: [String: FileFingerprint] = [:], keepingPageBytes: Bool,
         unchangedOutput: @escaping @Sendable (PageID) -> FileFingerprint?) {
        keepsPageBytes = keepingPageBytes
        self.inputs = inputs
        documents = Dictionary(parts.documents.map { ($0.path, $0) }) { $1 }
        bodies = Dictionary(parts.bodies.map { ($0.page, $0) }) { $1 }
        pages = Dictionary(parts.pages.map { ($0.page, $0) }) { $1 }
        self.unchangedOutput = unchangedOutput
    }

    // MARK: Documents

    /// The fingerprint the build took of the input at `path` before reading anything, if it took one.
    func inputFingerprint(of path: String) -> FileFingerprint? { inputs[path] }

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

    /// Called with the lock held.
    private func carry(_ cached: CachedDocument) -> CachedDocument {
        counts.documents += 1
        next.documents.append(cached)
        return cached
    }

    func remember(_ document: CachedDocument) {
        lock.withLock { next.documents.append(document) }
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

    /// The earlier build's page, when its key is the same and its bytes are kept or its output
    /// is still as written.
    func page(_ page: PageID, key: UInt64) -> CachedPage? {
        guard let cached = lock.withLock({ pages[page] }), cached.key == key else { return nil }
        let output = cached.bytes == nil ? unchangedOutput(page) : nil
        guard cached.bytes != nil || output != nil else { return nil }
        lock.withLock {
            counts.pages += 1
            next.pages.append(cached)
            keptOutputs[page.outputPath] = output
        }
        return cached
    }

    /// The output files kept as the earlier build wrote them, with the fingerprints they were checked by.
    var outputsKept: [String: FileFingerprint] { lock.withLock { keptOutputs } }

    func remember(_ page: CachedPage) {
        lock.withLock { next.pages.append(page) }
    }

    /// Files changed this recently (nanoseconds) may change again within the file system's
    /// timestamp granularity without their fingerprint changing.
    static let settleTime: Int64 = 50_000_000

    /// Whether a file with `fingerprint` was modified within `settleTime` of now.
    static func isRecent(_ fingerprint: FileFingerprint) -> Bool {
        fingerprint.modified > Int64(Date().timeIntervalSince1970 * 1_000_000_000) - settleTime
    }

    /// Ends the build: the parts for the next one, in a stable order. Recently modified files
    /// lose their fingerprint, so the next build compares their bytes.
    func finish() -> ReusableParts {
        lock.withLock {
            var parts = next
            for index in parts.documents.indices where parts.documents[index].fingerprint.map(Self.isRecent) == true {
                parts.documents[index].fingerprint = nil
            }
            parts.documents.sort { $0.path < $1.path }
            parts.bodies.sort { $0.page < $1.page }
            parts.pages.sort { $0.page < $1.page }
            return parts
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
