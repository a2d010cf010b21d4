import Foundation

/// One build's use of the parts an earlier build left (`ReusableParts`), and the parts it leaves
/// for the next: what it looked up and could use is carried over, what it made is added, the rest
/// is forgotten. The parts left go to a file as they come (`PartsSpool`, for `BuildCache`) or are
/// collected in memory (for `RebuildMemory`). Thread-safe, since every stage runs on all cores.
final class BuildReuse: @unchecked Sendable {
    private let lock = NSLock()
    private let earlier: ReusableParts
    /// The fingerprints of the input files taken before the build read any, when known, and
    /// where each path is among them. A site may have any number of input files, so each is held
    /// once: the table's keys are the list's own strings, and its values are positions.
    private let inputs: [FileState]
    private let inputPositions: [String: Int32]
    /// The output files the earlier build wrote, in path order, when it wrote them to disk.
    let earlierOutputs: [FileState]
    /// Where an output file (by its path in the site) is in `earlierOutputs`, when it is still
    /// exactly what the earlier build wrote.
    private let unchangedOutput: @Sendable (String) -> Int?
    /// Which of `earlierOutputs` this build keeps: a flag each, since a rebuild keeps nearly every page.
    private var keptOutputs: [Bool]
    /// `CachedDocument.sharedHash` of each document loaded so far: of an input file at its
    /// position in `inputs`, without a second string for its path; of any other file by its path.
    private var inputSharedHashes: [UInt64?]
    private var otherSharedHashes: [String: UInt64] = [:]
    /// Whether pages are remembered with their bytes (in memory) or found in the output (on disk).
    let keepsPageBytes: Bool
    /// Where the parts for the next build go; without it they are collected in `next`.
    let spool: PartsSpool?
    private var next = ReusableParts()
    private var counts = Reuse()

    /// What this build has reused so far.
    var reused: Reuse { lock.withLock { counts } }

    /// `inputs` are the input files' fingerprints taken before the build, each path once;
    /// `unchangedOutput` gives a place in `earlierOutputs`.
    init(_ parts: ReusableParts, inputs: [FileState] = [], keepingPageBytes: Bool, spool: PartsSpool? = nil,
         earlierOutputs: [FileState] = [], unchangedOutput: @escaping @Sendable (String) -> Int?) {
        keepsPageBytes = keepingPageBytes
        self.spool = spool
        self.inputs = inputs
        inputPositions = Dictionary(inputs.indices.lazy.map { (inputs[$0].path, Int32($0)) }) { $1 }
        inputSharedHashes = Array(repeating: nil, count: inputs.count)
        earlier = parts
        self.unchangedOutput = unchangedOutput
        self.earlierOutputs = earlierOutputs
        keptOutputs = Array(repeating: false, count: earlierOutputs.count)
    }

    // MARK: Documents

    /// The fingerprint the build took of the input at `path` before reading anything, if it took one.
    func inputFingerprint(of path: String) -> FileFingerprint? {
        inputPositions[path].map { inputs[Int($0)].fingerprint }
    }

    /// The document the earlier build loaded from `path`, with its diagnostics, when the file's
    /// fingerprint is the same, so the file need not be read.
    func document(at path: String, fingerprint: FileFingerprint?) -> (ContentLoader.Document?, DiagnosticLog)? {
        guard let fingerprint, let stored = earlier.documents[path], stored.fingerprint == fingerprint else { return nil }
        return carry(stored, at: path)
    }

    /// The document the earlier build loaded from the same bytes (read again: the fingerprint changed).
    func document(at path: String, contentHash: UInt64, fingerprint: FileFingerprint?) -> (ContentLoader.Document?, DiagnosticLog)? {
        guard var stored = earlier.documents[path], (try? CachedDocument.contentHash(in: stored.entry)) == contentHash else { return nil }
        stored.fingerprint = fingerprint
        return carry(stored, at: path)
    }

    /// Uses a stored document and keeps its entry, as it is, for the next build.
    private func carry(_ stored: StoredDocument, at path: String) -> (ContentLoader.Document?, DiagnosticLog)? {
        guard let cached = try? CachedDocument(entry: stored.entry) else { return nil }
        lock.withLock { counts.documents += 1 }
        setSharedHash(cached.sharedHash, ofDocumentAt: path)
        keep(stored, at: path)
        return (cached.document, cached.log)
    }

    /// Keeps a document this build loaded for the next one.
    func remember(_ document: ContentLoader.Document?, log: DiagnosticLog, at path: String, fingerprint: FileFingerprint?, contentHash: UInt64) {
        guard let entry = CachedDocument.entry(contentHash: contentHash, document: document, log: log),
              let sharedHash = try? CachedDocument.sharedHash(in: entry[...]) else { return }
        setSharedHash(sharedHash, ofDocumentAt: path)
        keep(StoredDocument(fingerprint: fingerprint, entry: entry[...]), at: path)
    }

    /// A file changed shortly before the build loses its fingerprint, so the next build compares its bytes.
    private func keep(_ document: StoredDocument, at path: String) {
        let fingerprint = document.fingerprint.flatMap { Self.isRecent($0) ? nil : $0 }
        if let spool { return spool.add(document: path, fingerprint: fingerprint, entry: document.entry) }
        lock.withLock { next.documents[path] = StoredDocument(fingerprint: fingerprint, entry: document.entry) }
    }

    /// `CachedDocument.sharedHash` of the document loaded from `path` in this build.
    func sharedHash(ofDocumentAt path: String) -> UInt64? {
        let position = inputPositions[path]
        return lock.withLock { position.map { inputSharedHashes[Int($0)] } ?? otherSharedHashes[path] }
    }

    private func setSharedHash(_ hash: UInt64, ofDocumentAt path: String) {
        let position = inputPositions[path]
        lock.withLock {
            if let position { inputSharedHashes[Int(position)] = hash } else { otherSharedHashes[path] = hash }
        }
    }

    // MARK: Bodies

    /// What the earlier build learned rendering this page's body, from `file`, when its key is the same.
    func body(for page: PageID, key: UInt64, file: String) -> CachedBody? {
        guard let entry = earlier.bodies[page], (try? CachedBody.key(in: entry)) == key,
              let cached = try? CachedBody(page: page, entry: entry, file: file) else { return nil }
        lock.withLock { counts.bodies += 1 }
        keep(body: page, entry)
        return cached
    }

    /// Keeps a body this build rendered from `file` for the next one.
    func remember(_ body: CachedBody, file: String) {
        keep(body: body.page, body.entry(file: file)[...])
    }

    private func keep(body page: PageID, _ entry: ArraySlice<UInt8>) {
        if let spool { return spool.add(body: page, entry: entry) }
        lock.withLock { next.bodies[page] = entry }
    }

    // MARK: Pages

    /// The earlier build's page, when its keys say it is the same (its quick key, or else its full
    /// key, computed only then) and its bytes are kept or its output is still as written.
    func page(_ page: PageID, quickKey: UInt64, key: () -> UInt64) -> CachedPage? {
        guard var cached = earlier.pages[page] else { return nil }
        if cached.quickKey != quickKey {
            guard cached.key == key() else { return nil }
            cached.quickKey = quickKey
        }
        let output = cached.bytes == nil ? unchangedOutput(page.outputPath) : nil
        guard cached.bytes != nil || output != nil else { return nil }
        lock.withLock {
            counts.pages += 1
            if let output { keptOutputs[output] = true }
        }
        remember(cached)
        return cached
    }

    /// Which of `earlierOutputs` (by their place in it) are kept as the earlier build wrote them.
    var outputsKept: [Bool] { lock.withLock { keptOutputs } }

    func remember(_ page: CachedPage) {
        if let spool { return spool.add(page: page) }
        lock.withLock { next.pages[page.page] = page }
    }

    // MARK: Site data files

    /// The site data files the earlier build made with the same key, when their bytes are kept or
    /// each output file is still exactly as that build wrote it.
    func siteData(key: UInt64) -> CachedSiteData? {
        guard let cached = earlier.siteData, cached.key == key else { return nil }
        var outputs: [Int] = []
        if cached.bytes == nil {
            for path in cached.paths {
                guard let output = unchangedOutput(path) else { return nil }
                outputs.append(output)
            }
        }
        lock.withLock {
            counts.siteDataFiles += cached.paths.count
            for output in outputs { keptOutputs[output] = true }
        }
        remember(cached)
        return cached
    }

    func remember(_ siteData: CachedSiteData) {
        if let spool { return spool.add(siteData: siteData) }
        lock.withLock { next.siteData = siteData }
    }

    /// Files changed this recently (nanoseconds) may change again within the file system's
    /// timestamp granularity without their fingerprint changing.
    static let settleTime: Int64 = 50_000_000

    /// Whether a file with `fingerprint` was modified within `settleTime` of now.
    static func isRecent(_ fingerprint: FileFingerprint) -> Bool {
        fingerprint.modified > Int64(Date().timeIntervalSince1970 * 1_000_000_000) - settleTime
    }

    /// The parts collected for the next build (none when they went to `spool`).
    func finish() -> ReusableParts {
        lock.withLock { next }
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
    /// Site data files (`codes.json`, the search index, the sitemap ...) not made again.
    public var siteDataFiles = 0

    public init() {}
}
