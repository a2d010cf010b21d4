/// Decides quickly that a page need not be rendered again.
///
/// A page's template reads its own document and body and the site-wide values `PageContext` holds:
/// the configuration, the index, the families, the graph and the shared layout (the assets and the
/// templates `SharedLayout` renders). `shared` hashes what those are made of: every loaded document
/// (`CachedDocument.sharedHash`: a plain page's without the digest of its text, which only its own
/// page shows), the pages that failed to load, the assets and those templates, and every link the
/// graph is built from. While `shared` is unchanged, a page's context follows from its template,
/// document and body, so `quickKey` needs no context; otherwise `SiteBuilder.producePage` compares
/// the context itself.
struct PageKeys: Sendable {
    let templates: [String: UInt64]
    private let reuse: BuildReuse
    private(set) var shared: UInt64

    /// `bodies` are the code and family bodies the graph starts from; plain pages' links come later
    /// (`addPlainPageLinks`).
    init(content: SiteContent, index: SiteIndex, bodies: [PageID: PageBody], templates: TemplateSet, reuse: BuildReuse) {
        self.templates = templates.keys
        self.reuse = reuse
        var hasher = ContentHasher()
        // A configuration that cannot be encoded (it always can) would leave no key matching.
        let config = (try? CompactEncoder.encode(content.config)) ?? [UInt8]("\(UInt64.random(in: .min ... .max))".utf8)
        hasher.combine(config.count)
        config.withUnsafeBytes { hasher.combine($0) }
        // Each document as loaded; what the index and the families make of them follows from
        // these and the configuration.
        // The plain pages, which may be many, on all cores.
        let hashes = index.sortedCodes.map { Self.documentHash(of: $0.source, reuse: reuse) }
            + ConcurrentMap.map(index.sortedPages) { Self.documentHash(of: $0.source, reuse: reuse) }
            + content.families.compactMap { $0.source.map { Self.documentHash(of: $0, reuse: reuse) } }
        hasher.combine(hashes.count)
        for hash in hashes { hasher.combine(hash) }
        let lists = [content.families.map { $0.source?.displayPath ?? "built-in \($0.digit)" }, index.unloadedCodes.sorted().map(String.init),
                     index.unloadedSourcePaths.sorted(), SharedLayout.partNames.map { "\(templates.keys[$0] ?? 0)" }]
        for list in lists {
            hasher.combine(list.count)
            for item in list { hasher.combine(item) }
        }
        hasher.combine(templates.assets.count)
        for asset in templates.assets {
            hasher.combine(asset.path)
            hasher.combine(ContentHash.value(of: asset.data))
        }
        hasher.combine(bodies.count)
        for (page, body) in bodies.sorted(by: { $0.key < $1.key }) { Self.combine(targets: body.summary.links.map(\.target), of: page, into: &hasher) }
        shared = hasher.value
    }

    /// Adds the link targets of the plain pages, once they are rendered, for the pages rendered
    /// after them. Each page is hashed on its own, on all cores. A page is hashed by its position
    /// and a plain page it links to by its position too: both follow from the documents' paths,
    /// which `shared` holds already, and they spare hashing a path per link.
    mutating func addPlainPageLinks(_ plainPages: SiteBuilder.PlainPages) {
        let hashes = ConcurrentMap.map(Array(plainPages.records.indices)) { position in
            var hasher = ContentHasher()
            hasher.combine(position)
            var count = 0
            plainPages.links.forEachLink(at: plainPages.records[position].links) { link in
                count += 1
                switch link.target {
                case .plainPage(let target):
                    hasher.combine(7)
                    hasher.combine(target)
                case .other(let target): Self.combine(target, into: &hasher)
                }
            }
            hasher.combine(count)
            return hasher.value
        }
        var hasher = ContentHasher()
        hasher.combine(shared)
        hasher.combine(hashes.count)
        for hash in hashes { hasher.combine(hash) }
        shared = hasher.value
    }

    /// The key of the site data files (`SiteDataFiles`), once the plain pages' links are added:
    /// they read the site-wide values and each plain page's heading text (in `index.sortedPages` order).
    func siteDataKey(headingText: [String?]) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(shared)
        hasher.combine(headingText.count)
        for text in headingText {
            hasher.combine(text != nil)
            if let text { hasher.combine(text) }
        }
        return hasher.value
    }

    /// The page's key while `shared` holds: its template, its document (by the file it came from,
    /// `nil` for a page made of site-wide values only) and its body's key.
    func quickKey(of page: PageID, template: String, source: SourceFile?, body: PageBody?) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(shared)
        hasher.combine(templates[template] ?? 0)
        Self.combine(page, into: &hasher)
        hasher.combine(source.map { Self.documentHash(of: $0, reuse: reuse) } ?? 0)
        hasher.combine(body?.summary.key ?? 0)
        return hasher.value
    }

    /// A document the build did not record gets a hash of its own, so no key with it matches.
    private static func documentHash(of source: SourceFile, reuse: BuildReuse) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(source.displayPath)
        hasher.combine(reuse.sharedHash(ofDocumentAt: source.displayPath) ?? UInt64.random(in: .min ... .max))
        return hasher.value
    }

    private static func combine(targets: [PageID], of page: PageID, into hasher: inout ContentHasher) {
        combine(page, into: &hasher)
        hasher.combine(targets.count)
        for target in targets { combine(target, into: &hasher) }
    }

    /// A page by what identifies it, without building its path: each kind has a tag of its own.
    static func combine(_ page: PageID, into hasher: inout ContentHasher) {
        switch page {
        case .home: hasher.combine(1)
        case .family(let digit):
            hasher.combine(2)
            hasher.combine(digit)
        case .code(let code):
            hasher.combine(3)
            hasher.combine(code)
        case .page(let path):
            hasher.combine(4)
            hasher.combine(path)
        case .guideIndex: hasher.combine(5)
        case .notFound: hasher.combine(6)
        }
        // 7 stands for a plain page by its position (`addPlainPageLinks`).
    }
}
