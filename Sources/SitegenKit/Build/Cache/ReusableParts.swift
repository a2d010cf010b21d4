import Foundation

/// What a build leaves for the next one to reuse instead of redoing: each Markdown file's loaded
/// document, each body's links and headings, and each page's key. `sitegen serve` keeps them in
/// memory (`RebuildMemory`), `sitegen build` on disk (`BuildCache`); `BuildReuse` applies them.
struct ReusableParts: Codable {
    var documents: [CachedDocument] = []
    var bodies: [CachedBody] = []
    var pages: [CachedPage] = []
}

/// One Markdown file as the loader read it, before anything site-wide was applied to it.
struct CachedDocument: Codable {
    var path: String
    /// `nil` when the file changed so shortly before the build that another change within the
    /// file system's timestamp granularity could leave the same fingerprint: then only the hash counts.
    var fingerprint: FileFingerprint?
    var contentHash: UInt64
    var document: ContentLoader.Document?
    var log: DiagnosticLog
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
/// and `ids` are the `id`s on it, for the fragment checks (`ElementIDs.joined`).
struct CachedPage {
    var page: PageID
    var key: UInt64
    var ids: String
    /// The page's bytes, kept in memory by `sitegen serve` only; `build` finds them in the output.
    var bytes: Data?
}

extension CachedPage: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        page.write(to: output)
        output.unsigned(key)
        output.string(ids)
    }

    init(reading input: CompactInput) throws {
        self.init(page: try PageID(reading: input), key: try input.unsigned(), ids: try input.string(), bytes: nil)
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
