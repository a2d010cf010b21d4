/// Renders Markdown bodies, links resolving against the site's index. A body that an earlier
/// build rendered with the same key (see `BuildReuse`) is not rendered again: what later stages
/// read of it comes from that build, and its HTML is made only if its page is rendered again.
struct MarkdownStage: Sendable {
    let index: SiteIndex
    let config: SiteConfig
    let renderer: MarkdownRenderer
    let reuse: BuildReuse?
    /// What every rendering reads besides its own file: the options, every page and file a link
    /// can resolve to, and the ids the templates reserve.
    private let settingsKey: UInt64

    init(index: SiteIndex, config: SiteConfig, reservedIDs: Set<String>, reuse: BuildReuse?) {
        self.index = index
        self.config = config
        self.reuse = reuse
        renderer = MarkdownRenderer(options: MarkdownOptions(rawHTML: config.rawHTML, smartPunctuation: config.smartPunctuation),
                                    reservedIDs: reservedIDs)
        var hasher = ContentHasher()
        hasher.combine(config.rawHTML)
        hasher.combine(config.smartPunctuation)
        hasher.combine(config.brokenLinkSeverity.rawValue)
        index.combineLinkTargets(into: &hasher)
        for id in reservedIDs.sorted() { hasher.combine(id) }
        settingsKey = hasher.value
    }

    /// Everything rendering `page`'s body reads: `digest` stands for the body's text.
    private func key(of page: PageID, source: SourceFile, digest: UInt64) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(settingsKey)
        hasher.combine(digest)
        hasher.combine(page.outputPath)
        hasher.combine(source.relativePath)
        hasher.combine(source.displayPath)
        return hasher.value
    }

    /// One page's body: what an earlier build learned from the same body, or `text` rendered now.
    /// `digest` is a hash of the body's text, or of the whole file's; `text` returns `nil` after
    /// reporting why the body cannot be read.
    func body(of page: PageID, source: SourceFile, digest: UInt64, text: () -> String?) -> PageBody? {
        let key = key(of: page, source: source, digest: digest)
        if let known = reuse?.body(for: page, key: key, file: source.displayPath) { return PageBody(summary: known) }
        guard let text = text() else { return nil }
        let (rendered, log) = render(text, of: page, source: source)
        let summary = CachedBody(page: page, key: key, links: rendered.links, hasHTTPExample: rendered.hasHTTPExample,
                                 headings: rendered.headings, liftedSections: rendered.liftedSections.keys.sorted(), log: log)
        reuse?.remember(summary, file: source.displayPath)
        return PageBody(summary: summary, rendered: rendered)
    }

    /// The HTML of `body`, rendering `text` when the body came from an earlier build.
    func html(of body: PageBody, source: SourceFile, text: () -> String?) -> RenderedMarkdown? {
        body.rendered ?? text().map { render($0, of: body.summary.page, source: source).0 }
    }

    private func render(_ text: String, of page: PageID, source: SourceFile) -> (RenderedMarkdown, DiagnosticLog) {
        var log = DiagnosticLog()
        let resolver = LinkResolver(index: index, page: page, sourcePath: source.relativePath, severity: config.brokenLinkSeverity)
        let lifted = page.codeValue == nil ? [] : PageContext.sectionsShownElsewhereOnCodePages
        let rendered = renderer.render(text, file: source.displayPath, resolver: resolver, liftingSections: lifted, log: &log)
        return (rendered, log)
    }

    /// The bodies of every code page and family introduction, which stay in memory (there are at
    /// most a few hundred) until their pages are rendered.
    func renderCodesAndFamilies(families: [FamilyDocument], log: inout DiagnosticLog) -> [PageID: PageBody] {
        struct Job: Sendable {
            var id: PageID
            var body: String
            var source: SourceFile
        }
        var jobs = index.sortedCodes.map { Job(id: .code($0.code.value), body: $0.body, source: $0.source) }
        jobs += families.compactMap { family in
            guard let body = family.body, let source = family.source else { return nil }
            return Job(id: .family(family.digit), body: body, source: source)
        }
        let results = ConcurrentMap.map(jobs) { job in
            body(of: job.id, source: job.source, digest: ContentHash.value(of: job.body), text: { job.body })
        }
        var bodies: [PageID: PageBody] = [:]
        for (job, body) in zip(jobs, results) {
            guard let body else { continue }
            bodies[job.id] = body
            log.append(contentsOf: body.summary.log)
        }
        return bodies
    }
}

/// A page's Markdown body as the page stage sees it: what later stages read of it, and its HTML
/// when it was rendered in this build.
struct PageBody: Sendable {
    var summary: CachedBody
    var rendered: RenderedMarkdown? = nil
}
