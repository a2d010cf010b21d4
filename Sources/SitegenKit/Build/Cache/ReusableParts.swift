import Foundation

/// What a build leaves for the next one to reuse instead of redoing: each Markdown file's loaded
/// document, each body's links and headings, each page's key, and the site data files' key. `sitegen serve` keeps them in
/// memory (`RebuildMemory`), `sitegen build` on disk (`BuildCache`); `BuildReuse` applies them.
///
/// Documents and bodies are kept encoded (`CompactEncoder`'s form), each under the file or page it
/// belongs to: an entry is decoded only when a build asks for it, an unchanged one goes on to the
/// next build as the same bytes, and a build holds its documents as values once (in its index).
struct ReusableParts {
    var documents: [String: StoredDocument] = [:]
    /// Each body's encoded `CachedBody`.
    var bodies: [PageID: ArraySlice<UInt8>] = [:]
    var pages: [PageID: CachedPage] = [:]
    var siteData: CachedSiteData?
}

/// A Markdown file's entry: the fingerprint it was loaded with and its encoded `CachedDocument`.
struct StoredDocument {
    /// `nil` when the file changed so shortly before the build that another change within the
    /// file system's timestamp granularity could leave the same fingerprint: then only the hash counts.
    var fingerprint: FileFingerprint?
    var entry: ArraySlice<UInt8>
}

extension ReusableParts: CacheFileContents {
    init(reading input: CompactInput) throws {
        try self.init(reading: input, expectedEntries: 0)
    }

    /// Reads a parts file's payload (see `PartsSpool`); the entries stay where they lie in `input`'s
    /// bytes. Room for `expectedEntries` of each kind is made at once, not grown step by step.
    init(reading input: CompactInput, expectedEntries: Int) throws {
        documents.reserveCapacity(expectedEntries)
        bodies.reserveCapacity(expectedEntries)
        pages.reserveCapacity(expectedEntries)
        reading: while true {
            switch PartsSpool.Tag(rawValue: try input.unsigned()) {
            case .end?:
                break reading
            case .document?:
                let path = try input.string()
                let fingerprint = try input.optional { try FileFingerprint(reading: input) }
                documents[path] = StoredDocument(fingerprint: fingerprint, entry: try input.slice())
            case .body?:
                bodies[try PageID(reading: input)] = try input.slice()
            case .page?:
                let page = try CachedPage(reading: input)
                pages[page.page] = page
            case .siteData?:
                siteData = try CachedSiteData(reading: input)
            case nil:
                throw input.damaged("an unknown kind of part")
            }
        }
        try input.finish()
    }
}

/// One Markdown file as the loader read it, before anything site-wide was applied to it.
struct CachedDocument {
    var contentHash: UInt64
    /// The document; `nil` when the file did not load.
    var document: ContentLoader.Document?
    /// A hash of what pages other than the document's own can show of it (see `PageKeys`).
    var sharedHash: UInt64
    var log: DiagnosticLog
}

extension CachedDocument {
    /// How an entry holds its document: plain pages, which a site may have by the thousand, are
    /// written field by field (`PlainDocument.write(to:)`), the others through `Codable`.
    private enum Shape: UInt64 { case absent = 0, page, other }

    /// The entry `init(entry:)` reads; `nil` when the document cannot be encoded (it is then not kept).
    /// A plain page's digest of its text changes with its body, which only its own page shows, so
    /// the document is encoded without it, the digest apart, and `sharedHash` is that encoding's hash.
    static func entry(contentHash: UInt64, document: ContentLoader.Document?, log: DiagnosticLog) -> [UInt8]? {
        let output = CompactOutput()
        output.unsigned(contentHash)
        log.write(to: output)
        var shown = document
        var digest: UInt64 = 0
        if case .page(var page) = document {
            digest = page.sourceDigest
            page.sourceDigest = 0
            shown = .page(page)
        }
        output.unsigned(digest)
        let start = output.bytes.count
        switch shown {
        case nil: output.unsigned(Shape.absent.rawValue)
        case .page(let page):
            output.unsigned(Shape.page.rawValue)
            page.write(to: output)
        case let shown?:
            output.unsigned(Shape.other.rawValue)
            do { try shown.encode(to: CompactWriter(output: output)) } catch { return nil }
        }
        output.fixed(output.bytes.withUnsafeBytes { ContentHash.value(of: UnsafeRawBufferPointer(rebasing: $0[start...])) }, byteCount: 8)
        return output.bytes
    }

    /// Reads an entry; `sharedHash` is what the entry says, as `entry()` computed it.
    init(entry: ArraySlice<UInt8>) throws {
        let input = CompactInput(entry)
        contentHash = try input.unsigned()
        log = try DiagnosticLog(reading: input)
        let digest = try input.unsigned()
        switch Shape(rawValue: try input.unsigned()) {
        case .absent?: document = nil
        case .page?:
            var page = try PlainDocument(reading: input)
            page.sourceDigest = digest
            document = .page(page)
        case .other?: document = try ContentLoader.Document(from: CompactReader(input: input))
        case nil: throw input.damaged("an unknown kind of document")
        }
        sharedHash = try input.fixed(byteCount: 8)
        try input.finish()
    }

    /// The `contentHash` of an entry, read without the rest.
    static func contentHash(in entry: ArraySlice<UInt8>) throws -> UInt64 {
        try CompactInput(entry).unsigned()
    }

    /// The `sharedHash` of an entry, read without the rest.
    static func sharedHash(in entry: ArraySlice<UInt8>) throws -> UInt64 {
        let input = CompactInput(entry.suffix(8))
        return try input.fixed(byteCount: 8)
    }
}

/// What the stages after Markdown read from a rendered body, without its HTML; `key` covers
/// everything the rendering read (see `MarkdownStage.key`).
struct CachedBody {
    var page: PageID
    var key: UInt64
    var links: [InternalLink]
    var hasHTTPExample: Bool
    var headings: [RenderedHeading]
    /// The slugs of the sections taken out of the body (`RenderedMarkdown.liftedSections`).
    var liftedSections: [String]
    var log: DiagnosticLog
}

extension CachedBody {
    /// The entry `init(page:entry:file:)` reads, without the page it is kept under. `file` is the
    /// body's own file (its display path), where its links nearly always are: their locations are
    /// stored without it, which at thousands of pages is a good part of the parts file.
    func entry(file: String) -> [UInt8] {
        let output = CompactOutput()
        output.unsigned(key)
        output.unsigned(UInt64(links.count))
        for link in links {
            link.target.write(to: output)
            output.optional(link.fragment, output.string)
            output.optional(link.location.file == file ? nil : link.location.file, output.string)
            output.signed(Int64(link.location.line))
            output.signed(Int64(link.location.column))
        }
        output.flag(hasHTTPExample)
        output.array(headings)
        output.strings(liftedSections)
        log.write(to: output)
        return output.bytes
    }

    init(page: PageID, entry: ArraySlice<UInt8>, file: String) throws {
        let input = CompactInput(entry)
        let key = try input.unsigned()
        let count = try input.length(input.unsigned())
        var links: [InternalLink] = []
        links.reserveCapacity(count)
        for _ in 0..<count {
            let target = try PageID(reading: input)
            let fragment = try input.optional(input.string)
            let location = SourceLocation(file: try input.optional(input.string) ?? file, line: try input.integer(input.signed()),
                                          column: try input.integer(input.signed()))
            links.append(InternalLink(target: target, fragment: fragment, location: location))
        }
        self.init(page: page, key: key, links: links, hasHTTPExample: try input.bool(), headings: try input.array(of: RenderedHeading.self),
                  liftedSections: try input.strings(), log: try DiagnosticLog(reading: input))
        try input.finish()
    }

    /// The key of the body an entry holds, read without the rest.
    static func key(in entry: ArraySlice<UInt8>) throws -> UInt64 {
        try CompactInput(entry).unsigned()
    }
}

/// A finished page: `key` covers everything its rendering read (see `SiteBuilder.producePage`),
/// `quickKey` the same as long as the site-wide values are unchanged (see `PageKeys`), and `ids`
/// are the `id`s on it, for the fragment checks (`ElementIDs.joined`).
struct CachedPage {
    var page: PageID
    var key: UInt64
    var quickKey: UInt64
    var ids: String
    /// The page's bytes, kept in memory by `sitegen serve` only; `build` finds them in the output.
    var bytes: Data?
}

extension CachedPage: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        page.write(to: output)
        output.unsigned(key)
        output.unsigned(quickKey)
        output.string(ids)
    }

    init(reading input: CompactInput) throws {
        self.init(page: try PageID(reading: input), key: try input.unsigned(), quickKey: try input.unsigned(), ids: try input.string(), bytes: nil)
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension ContentLoader.Document: Codable {
    private enum Kind: Int, Codable { case code, family, page }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        switch self {
        case .code(let document): try container.encode(Kind.code); try container.encode(document)
        case .family(let document): try container.encode(Kind.family); try container.encode(document)
        case .page(let document): try container.encode(Kind.page); try container.encode(document)
        }
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        switch try container.decode(Kind.self) {
        case .code: self = .code(try container.decode(CodeDocument.self))
        case .family: self = .family(try container.decode(FamilyDocument.self))
        case .page: self = .page(try container.decode(PlainDocument.self))
        }
    }
}

/// The site data files (`SiteDataFiles`) as a build made them: `key` covers everything they read
/// (see `PageKeys.siteDataKey`).
struct CachedSiteData {
    var key: UInt64
    /// Their paths in the site, in the order they were made.
    var paths: [String]
    /// Their bytes, in the same order, kept in memory by `sitegen serve` only; `build` finds them in the output.
    var bytes: [Data]?
}

extension CachedSiteData {
    func write(to output: CompactOutput) {
        output.unsigned(key)
        output.strings(paths)
    }

    init(reading input: CompactInput) throws {
        self.init(key: try input.unsigned(), paths: try input.strings(), bytes: nil)
    }
}
