/// Renders Markdown bodies on all cores, links resolving against the site's index; a body that
/// `RebuildMemory` rendered before, against the same pages, is reused.
struct MarkdownStage: Sendable {
    let index: SiteIndex
    let config: SiteConfig
    let renderer: MarkdownRenderer
    let memory: RebuildMemory?

    init(index: SiteIndex, config: SiteConfig, reservedIDs: Set<String>, memory: RebuildMemory?) {
        self.index = index
        self.config = config
        self.memory = memory
        renderer = MarkdownRenderer(options: MarkdownOptions(rawHTML: config.rawHTML, smartPunctuation: config.smartPunctuation),
                                    reservedIDs: reservedIDs)
        // Remembered bodies are reusable only while the pages links can resolve to stay the same.
        memory?.beginRendering(routes: index.linkTargets)
    }

    /// Renders one page's body, with the problems found in it.
    func render(_ body: String, of page: PageID, source: SourceFile) -> (RenderedMarkdown, DiagnosticLog) {
        let key = RebuildMemory.BodyKey(body: body, relativePath: source.relativePath, displayPath: source.displayPath,
                                        rawHTML: config.rawHTML, smartPunctuation: config.smartPunctuation,
                                        severity: config.brokenLinkSeverity)
        if let known = memory?.body(for: page, key: key) { return known }
        var log = DiagnosticLog()
        let resolver = LinkResolver(index: index, page: page, sourcePath: source.relativePath, severity: config.brokenLinkSeverity)
        let lifted = page.codeValue == nil ? [] : PageContext.sectionsShownElsewhereOnCodePages
        let rendered = renderer.render(body, file: source.displayPath, resolver: resolver, liftingSections: lifted, log: &log)
        memory?.remember(rendered, log: log, for: page, key: key)
        return (rendered, log)
    }

    /// The bodies of every code page and family introduction.
    func renderCodesAndFamilies(families: [FamilyDocument], log: inout DiagnosticLog) -> [PageID: RenderedMarkdown] {
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
        let results = ConcurrentMap.map(jobs) { job in render(job.body, of: job.id, source: job.source) }
        var bodies: [PageID: RenderedMarkdown] = [:]
        for (job, (rendered, pageLog)) in zip(jobs, results) {
            bodies[job.id] = rendered
            log.append(contentsOf: pageLog)
        }
        return bodies
    }
}
