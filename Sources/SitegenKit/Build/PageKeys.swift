/// Decides quickly that a page need not be rendered again.
///
/// A page's template reads its own document and body and the site-wide values `PageContext` holds:
/// the configuration, the index, the families, the graph and the inline assets. `shared` hashes
/// what those are made of: every loaded document (a plain page's without the digest of its text,
/// which only its own page shows), the pages that failed to load, the assets, and every link the
/// graph is built from. While `shared` is unchanged, a page's context follows from its template,
/// document and body, so `quickKey` needs no context; otherwise `SiteBuilder.producePage` compares
/// the context itself.
struct PageKeys: Sendable {
    let templates: [String: UInt64]
    private(set) var shared: UInt64

    /// `bodies` are the code and family bodies the graph starts from; plain pages' links come later
    /// (`addPlainPageLinks`).
    init(content: SiteContent, index: SiteIndex, inlineAssets: InlineAssets, bodies: [PageID: PageBody], templates: TemplateSet) {
        self.templates = templates.keys
        var hasher = ContentHasher()
        Self.combine(content.config, into: &hasher)
        for document in index.sortedCodes { Self.combine(document, into: &hasher) }
        for var document in index.sortedPages {
            document.sourceDigest = 0
            Self.combine(document, into: &hasher)
        }
        for family in content.families { Self.combine(family, into: &hasher) }
        for code in index.unloadedCodes.sorted() { hasher.combine(code) }
        for path in index.unloadedSourcePaths.sorted() { hasher.combine(path) }
        for path in index.assetPaths.sorted() { hasher.combine(path) }
        hasher.combine(inlineAssets.css)
        hasher.combine(inlineAssets.js)
        for (page, body) in bodies.sorted(by: { $0.key < $1.key }) { Self.combine(links: body.summary.links, of: page, into: &hasher) }
        shared = hasher.value
    }

    /// Adds the links of the plain pages, once they are rendered, for the pages rendered after them.
    mutating func addPlainPageLinks(_ links: [(path: String, links: [InternalLink])]) {
        var hasher = ContentHasher()
        hasher.combine(shared)
        for (path, pageLinks) in links { Self.combine(links: pageLinks, of: .page(path), into: &hasher) }
        shared = hasher.value
    }

    /// The page's key while `shared` holds: its template, its document and its body's key.
    func quickKey(of page: PageID, template: String, document: (any Encodable)?, body: PageBody?) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(shared)
        hasher.combine(templates[template] ?? 0)
        hasher.combine(page.outputPath)
        if let document { Self.combine(document, into: &hasher) }
        hasher.combine(body?.summary.key ?? 0)
        return hasher.value
    }

    /// A value that cannot be encoded gets a hash of its own: no key then matches an earlier one.
    private static func combine(_ value: some Encodable, into hasher: inout ContentHasher) {
        guard let bytes = try? CompactEncoder.encode(value) else { return hasher.combine(UInt64.random(in: .min ... .max)) }
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine($0) }
    }

    private static func combine(links: [InternalLink], of page: PageID, into hasher: inout ContentHasher) {
        hasher.combine(page.outputPath)
        hasher.combine(links.count)
        for link in links { hasher.combine(link.target.outputPath) }
    }
}
