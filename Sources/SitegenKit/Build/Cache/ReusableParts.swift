import Foundation

/// What a build leaves for the next one to reuse instead of redoing: each Markdown file's loaded
/// document, each body's links and headings, and each page's key. `sitegen serve` keeps them in
/// memory (`RebuildMemory`), `sitegen build` on disk (`BuildCache`); `BuildReuse` applies them.
struct ReusableParts {
    var documents: [CachedDocument] = []
    var bodies: [CachedBody] = []
    var pages: [CachedPage] = []
}

extension ReusableParts: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.array(documents)
        output.array(bodies)
        output.array(pages)
    }

    init(reading input: CompactInput) throws {
        self.init(documents: try input.array(of: CachedDocument.self), bodies: try input.array(of: CachedBody.self),
                  pages: try input.array(of: CachedPage.self))
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

/// One Markdown file as the loader read it, before anything site-wide was applied to it.
struct CachedDocument {
    var path: String
    /// `nil` when the file changed so shortly before the build that another change within the
    /// file system's timestamp granularity could leave the same fingerprint: then only the hash counts.
    var fingerprint: FileFingerprint?
    var contentHash: UInt64
    /// The document in `CompactEncoder`'s form (`nil`: the file did not load), kept so: an unchanged
    /// one is written back as it was read instead of being encoded again.
    var encodedDocument: [UInt8]?
    /// A hash of what pages other than the document's own can show of it (see `PageKeys`).
    var sharedHash: UInt64
    var log: DiagnosticLog
}

extension CachedDocument {
    /// `nil` when the document cannot be encoded; it is then not kept.
    init?(path: String, fingerprint: FileFingerprint?, contentHash: UInt64, document: ContentLoader.Document?, log: DiagnosticLog) {
        var encoded: [UInt8]?
        var shared: UInt64 = 0
        if let document {
            // A plain page's digest of its text changes with its body, which only its own page shows.
            var shown = document
            if case .page(var page) = document {
                page.sourceDigest = 0
                shown = .page(page)
            }
            guard let bytes = try? CompactEncoder.encode(document), let shownBytes = try? CompactEncoder.encode(shown) else { return nil }
            encoded = bytes
            shared = shownBytes.withUnsafeBytes { ContentHash.value(of: $0) }
        }
        self.init(path: path, fingerprint: fingerprint, contentHash: contentHash, encodedDocument: encoded, sharedHash: shared, log: log)
    }

    /// The document, or `nil` inside when the file did not load; `nil` outside when the bytes do not decode.
    func decoded() -> ContentLoader.Document?? {
        guard let encodedDocument else { return .some(nil) }
        return (try? CompactDecoder.decode(ContentLoader.Document.self, from: encodedDocument)).map { .some($0) }
    }
}

extension CachedDocument: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(path)
        output.optional(fingerprint) { $0.write(to: output) }
        output.unsigned(contentHash)
        output.optional(encodedDocument) { output.unsigned(UInt64($0.count)); output.bytes.append(contentsOf: $0) }
        output.unsigned(sharedHash)
        log.write(to: output)
    }

    init(reading input: CompactInput) throws {
        self.init(path: try input.string(), fingerprint: try input.optional { try FileFingerprint(reading: input) },
                  contentHash: try input.unsigned(), encodedDocument: try input.optional(input.rawBytes),
                  sharedHash: try input.unsigned(), log: try DiagnosticLog(reading: input))
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
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

extension CachedBody: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        page.write(to: output)
        output.unsigned(key)
        output.array(links)
        output.flag(hasHTTPExample)
        output.array(headings)
        output.strings(liftedSections)
        log.write(to: output)
    }

    init(reading input: CompactInput) throws {
        self.init(page: try PageID(reading: input), key: try input.unsigned(), links: try input.array(of: InternalLink.self),
                  hasHTTPExample: try input.bool(), headings: try input.array(of: RenderedHeading.self),
                  liftedSections: try input.strings(), log: try DiagnosticLog(reading: input))
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
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
