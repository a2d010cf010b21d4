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
/// everything the rendering read (see `SiteBuilder.bodyKey`).
struct CachedBody: Codable {
    var page: PageID
    var key: UInt64
    var links: [InternalLink]
    var hasHTTPExample: Bool
    var headings: [RenderedHeading]
    var log: DiagnosticLog
}

/// A finished page: `key` covers everything its rendering read (see `PageKeys`), and `ids`
/// are the `id`s on it, for the fragment checks, joined by `"` (which no id can hold).
struct CachedPage: Codable {
    var page: PageID
    var key: UInt64
    var ids: String
    /// The page's bytes, kept in memory by `sitegen serve` only; `build` finds them in the output.
    var bytes: Data? = nil

    private enum CodingKeys: CodingKey { case page, key, ids }
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
