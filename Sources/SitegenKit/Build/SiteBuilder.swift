import Foundation

/// The whole pipeline, in the order it runs: load → render Markdown → site graph → templates →
/// check fragments → write. Every stage reports into one log, and nothing is written unless the
/// run has no errors, so a failed build leaves the output directory as it was.
public struct SiteBuilder: Sendable {
    public let fileSystem: any FileSystem
    /// The directory the user runs sitegen from, which sitegen never writes into directly.
    public let workingDirectory: String

    public init(fileSystem: any FileSystem = DiskFileSystem(), workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
    }

    /// Generates the site and writes it. With `options.useCache`, what an earlier build recorded
    /// in `.sitegen-cache/` (`BuildCache`) spares the work whose inputs did not change.
    public func build(_ options: BuildOptions) throws(BuildFailure) -> BuildResult {
        let writer = SiteWriter(fileSystem: fileSystem, outputDirectory: options.outputDirectory)
        var log = DiagnosticLog()
        writer.checkSafeToWrite(workingDirectory: workingDirectory,
                                protectedDirectories: [options.contentDirectory, options.templatesDirectory], log: &log)
        let cache = options.useCache ? BuildCache(fileSystem: fileSystem, workingDirectory: workingDirectory, options: options) : nil
        // The inputs are fingerprinted, and the earlier build's record read, on other threads while this one takes the lock.
        let record = cache?.startReading()
        // Taken before generating, so the lock covers the whole build and an interrupted earlier
        // write is finished or rolled back even when this build fails.
        var transaction: SiteTransaction?
        if !log.hasErrors {
            do { transaction = try writer.begin() } catch { log.error(error.message, at: nil) }
        }
        let inputs = record?.inputs.wait()
        var cacheWarning: String?
        var reuse: BuildReuse?
        var templates: BackgroundWork<LoadedTemplates>?
        if let cache, let inputs, let transaction, let record {
            let (state, stateWarning) = record.state.wait()
            if let state, cache.isUpToDate(state, inputs: inputs) {
                transaction.discard()
                return BuildResult(unchangedSince: state)
            }
            // The templates need neither the parts file nor the content: they load on another
            // thread while the parts file is read (begun as soon as the inputs differed), then the content.
            templates = loadTemplates(options)
            let (parts, partsWarning) = record.parts
            cacheWarning = stateWarning ?? partsWarning
            reuse = cache.reuse(of: state, parts: parts, inputs: inputs)
        }
        // Pages are staged as they are rendered; a failed build drops the transaction, which
        // removes the staged files and leaves the site as it was.
        var result: BuildResult
        do {
            result = try generate(options, log: log, sink: .staging(into: transaction), reuse: reuse, templates: templates)
        } catch {
            // Dropped now rather than with its last reference, which a thread that worked on the
            // build may hold a moment longer than the process lives.
            transaction?.discard()
            throw error
        }
        guard let transaction else { throw failure(log, options) }
        // The site's documents and records are gone; the commit and the cache's record of the
        // build, which come next, need the memory they held only in part.
        FreedMemory.returnToTheSystem()
        do {
            result.writeSummary = try transaction.commit()
        } catch {
            transaction.discard()
            throw BuildFailure(diagnostics: [Diagnostic(.error, error.message, at: nil)])
        }
        if let cache, let inputs, let reuse {
            cache.save(inputs: inputs, result: result, files: transaction.files, reuse: reuse)
            releaseInBackground(reuse, inputs, transaction)
        }
        // Said after the strict check: a cache problem is never the content's fault.
        if let cacheWarning { result.diagnostics.insert(Diagnostic(.warning, cacheWarning, at: nil), at: 0) }
        return result
    }

    /// Loads, renders and validates everything without writing.
    /// The result holds every file of the site, in memory.
    /// `memory` lets a long-running process (the preview server) skip what did not change; see `RebuildMemory`.
    public func check(_ options: BuildOptions, reusing memory: RebuildMemory? = nil) throws(BuildFailure) -> BuildResult {
        let collector = FileCollector()
        let reuse = memory?.begin()
        defer { if let reuse { memory?.finish(reuse) } }
        var result = try generate(options, log: DiagnosticLog(), sink: collector.sink, reuse: reuse)
        result.files = collector.sortedFiles
        return result
    }

    /// Runs the pipeline, handing each finished file to `sink` as soon as it exists. The result's
    /// `files` is empty: the sink has them.
    /// `templates` are the templates (with what loading them reported) when their loading has begun.
    private func generate(_ options: BuildOptions, log initialLog: DiagnosticLog, sink: FileSink,
                          reuse: BuildReuse?, templates loading: BackgroundWork<LoadedTemplates>? = nil) throws(BuildFailure) -> BuildResult {
        // Here rather than in `build`, so that `check` (and the preview server) returns them too.
        LargeAllocations.returnToTheSystem
        var log = initialLog
        let loading = loading ?? loadTemplates(options)
        let content = ContentLoader(fileSystem: fileSystem).load(from: options.contentDirectory, log: &log, reuse: reuse)
        let loaded = loading.wait()
        let templates = loaded.templates
        log.append(contentsOf: loaded.log)
        guard var content else { throw failure(log, options) }
        if let baseURL = options.baseURL {
            guard let normalized = SiteConfig.normalizedBaseURL(baseURL) else {
                log.error("--base-url must be an absolute http: or https: URL such as https://example.org/http/", at: nil)
                throw failure(log, options)
            }
            content.config.baseURL = normalized
        }

        let index = SiteIndex(content: &content, assetPaths: Set(templates?.assets.map(\.path) ?? []), log: &log)
        if let templates { checkTemplatesExist(for: index, templates: templates, log: &log) }
        let markdown = MarkdownStage(index: index, config: content.config, reservedIDs: templates?.reservedIDs ?? [], reuse: reuse)
        // Code pages and family introductions (at most a few hundred) keep their rendered bodies
        // until their pages are rendered, which needs every page's links.
        let bodies = markdown.renderCodesAndFamilies(families: content.families, log: &log)
        warnAboutIncompleteCodes(index: index, bodies: bodies, log: &log)
        var graph = SiteGraph(index: index, links: bodies.mapValues(\.summary.links), log: &log)

        if content.config.baseURL == nil {
            log.note("base_url is not set, so 404.html cannot know how deep it is served: it inlines its stylesheet and script, "
                + "and its links are right only at the site root until its script corrects them; sitemap.xml and llms.txt "
                + "use relative URLs. Set base_url in site.yml or pass --base-url", at: nil)
        }
        let sharedLayout = SharedLayout(config: content.config, families: content.families, templates: templates)
        // Only a build that can reuse pages needs to tell which are unchanged.
        var keys = templates.flatMap { templates in
            reuse.map { PageKeys(content: content, index: index, bodies: bodies, templates: templates, reuse: $0) }
        }
        let streamContext = PageContext(config: content.config, index: index, graph: graph, families: content.families,
                                        sharedLayout: sharedLayout)
        // The home page and the list of guides read nothing the plain pages add to the graph, and
        // with many pages they are the largest: they are rendered one after the other beside the
        // plain pages, as these start, while the fewest page records are held.
        let listingKeys = keys
        let listings = templates.map { templates in
            BackgroundWork { [families = content.families] in
                renderPages([.home, .guideIndex], oneAtATime: true, index: index, families: families, bodies: bodies, markdown: markdown,
                            keys: listingKeys, context: streamContext, templates: templates, sink: sink)
            }
        }
        // Plain pages (any number of them) are rendered as a stream before the rest: each is read,
        // rendered and handed to the sink, and only a small record of it stays in memory.
        var plainPages = renderPlainPages(index: index, markdown: markdown, keys: keys, templates: templates, sink: sink,
                                          context: streamContext, log: &log)
        let listingPages = listings?.wait() ?? []
        for (position, record) in plainPages.records.enumerated() where record.links != nil {
            graph.addLinks(to: plainPages.links.codeTargets(at: record.links).lazy.map(PageID.code), from: .page(index.sortedPages[position].path))
        }
        keys?.addPlainPageLinks(plainPages)
        // Without templates there are no pages to check fragments against; content problems are still reported.
        guard let templates else { throw failure(log, options) }

        let context = PageContext(config: content.config, index: index, graph: graph, families: content.families,
                                  sharedLayout: sharedLayout)
        let otherPages: [SitePage] = [.notFound] + content.families.map { .family($0.digit) } + index.sortedCodes.map { .code($0.code.value) }
        let pages = listingPages + renderPages(otherPages, index: index, families: content.families, bodies: bodies, markdown: markdown,
                                               keys: keys, context: context, templates: templates, sink: sink)
        checkFragments(pages: pages, bodies: bodies, plainPages: plainPages, index: index,
                       severity: content.config.brokenLinkSeverity, log: &log)
        let pageCount = pages.count + plainPages.records.count { $0.ids != nil }
        let headingText = plainPages.records.map(\.headingText)
        // Checked: of the plain pages' records, only their headings are needed further, beside the
        // site data files, which are large.
        plainPages = PlainPages()
        FreedMemory.returnToTheSystem()
        for asset in templates.assets {
            do { try sink.accept(OutputFile(path: asset.path, data: asset.data)) } catch { log.error(writeFailure(error), at: nil) }
        }
        produceSiteData(SiteDataFiles(config: content.config, index: index, graph: graph, families: content.families, headingText: headingText),
                        key: keys?.siteDataKey(headingText: headingText), reuse: reuse, sink: sink, log: &log)
        guard !log.hasErrors, !(options.strict && log.warningCount > 0) else { throw failure(log, options) }
        return BuildResult(pageCount: pageCount, files: [], diagnostics: log.sorted, writeSummary: nil,
                           reused: reuse?.reused ?? Reuse())
    }

    /// Loads the templates directory on another thread, beside what the build does meanwhile.
    private func loadTemplates(_ options: BuildOptions) -> BackgroundWork<LoadedTemplates> {
        BackgroundWork { [fileSystem] in LoadedTemplates(from: options.templatesDirectory, fileSystem: fileSystem) }
    }

    /// The templates directory as loaded, with what loading it reported.
    struct LoadedTemplates: Sendable {
        var templates: TemplateSet?
        var log = DiagnosticLog()

        init(from directory: String, fileSystem: any FileSystem) {
            templates = TemplateSet.load(from: directory, fileSystem: fileSystem, log: &log)
        }
    }

    private func failure(_ log: DiagnosticLog, _ options: BuildOptions) -> BuildFailure {
        var log = log
        if options.strict { log.promoteWarnings() }
        return BuildFailure(diagnostics: log.sorted)
    }

    // MARK: Stages

    private func checkTemplatesExist(for index: SiteIndex, templates: TemplateSet, log: inout DiagnosticLog) {
        func report(_ template: String, at location: SourceLocation) {
            log.error("layout '\(template)' names no template; add \(template).mustache to the templates directory", at: location)
        }
        // Where a page names its template is worked out only for a missing one: there may be thousands of pages.
        for code in index.sortedCodes where !templates.names.contains(code.template) {
            report(code.template, at: code.templateLocation ?? code.source.start)
        }
        for page in index.sortedPages where !templates.names.contains(page.template) {
            report(page.template, at: page.templateLocation ?? page.source.start)
        }
    }

    /// A code page without these parts is publishable but incomplete; `--strict` makes them errors.
    private func warnAboutIncompleteCodes(index: SiteIndex, bodies: [PageID: PageBody], log: inout DiagnosticLog) {
        for document in index.sortedCodes {
            let at = document.code.location
            let code = document.code.value
            if document.summary == nil { log.warning("code \(code) has no 'summary'", at: at) }
            if document.plain == nil { log.warning("code \(code) has no 'plain' (the plain-terms line)", at: at) }
            if document.specs.isEmpty, document.status != .unofficial { log.warning("code \(code) has no 'spec'", at: at) }
            if document.checked == nil {
                log.warning("code \(code) has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)", at: at)
            }
            if document.related.isEmpty { log.warning("code \(code) has no 'related' codes", at: at) }
            if bodies[.code(code)]?.summary.hasHTTPExample != true {
                log.warning("code \(code) has no example (a fenced code block tagged 'http')", at: at)
            }
        }
    }

    /// A page that is not a plain page.
    enum SitePage: Sendable {
        case home, notFound, guideIndex, family(Int), code(Int)
    }

    /// Produces `jobs` (see `producePage`) in a stable order, on all cores unless `oneAtATime`.
    /// Each page goes to `sink` as soon as it is rendered, so no more than one page per core is held.
    private func renderPages(_ jobs: [SitePage], oneAtATime: Bool = false, index: SiteIndex, families: [FamilyDocument],
                             bodies: [PageID: PageBody], markdown: MarkdownStage, keys: PageKeys?, context: PageContext,
                             templates: TemplateSet, sink: FileSink) -> [RenderedPage] {
        let render: @Sendable (SitePage) -> RenderedPage? = { job in
            func page(_ id: PageID, _ template: String, body: String? = nil, source: SourceFile? = nil,
                      _ values: (TemplateBody?) -> PageValues) -> RenderedPage? {
                producePage(id, template: template, templates: templates, body: bodies[id], source: source,
                            text: { body }, markdown: markdown, keys: keys, context: values, sink: sink)
            }
            switch job {
            case .home: return page(.home, "home") { _ in context.home() }
            case .notFound: return page(.notFound, "404") { _ in context.notFound() }
            case .guideIndex: return page(.guideIndex, "guides") { _ in context.guideIndex() }
            case .family(let digit):
                let family = families[digit - 1]
                return page(.family(digit), "family", body: family.body, source: family.source) {
                    context.family(family, body: $0)
                }
            case .code(let code):
                let document = index.codes[code]!
                return page(.code(code), document.template, body: document.body, source: document.source) {
                    context.code(document, body: $0)
                }
            }
        }
        return (oneAtATime ? jobs.map(render) : ConcurrentMap.map(jobs, render)).compactMap { $0 }
    }

    /// Every link's fragment must name an `id` on the finished target page; ids must be unique.
    /// `pages` are the pages other than the plain ones, whose records are in `index.sortedPages` order.
    private func checkFragments(pages: [RenderedPage], bodies: [PageID: PageBody], plainPages: PlainPages, index: SiteIndex,
                                severity: Diagnostic.Severity, log: inout DiagnosticLog) {
        var joinedIDs: [PageID: String] = [:]
        for page in pages { joinedIDs[page.id] = page.ids }
        // The plain pages' own problems are in their records' logs already.
        for page in pages { page.report(at: sourceStart(of: page.id, index: index), into: &log) }
        let ids = joinedIDs
        @Sendable func isBroken(_ target: PlainPageLinkStore.Target, _ fragment: String?) -> Bool {
            guard let fragment else { return false }
            let joined: String?
            switch target {
            case .plainPage(let position): joined = plainPages.records[position].ids
            case .other(.page(let path)): joined = index.position(ofPage: path).flatMap { plainPages.records[$0].ids }
            case .other(let page): joined = ids[page]
            }
            return joined.map { !ElementIDs.contains(fragment, joined: $0) } ?? false
        }
        // In page order: the families and codes, then the plain pages by path, which may be many
        // and are looked at on all cores, a batch of pages at a time.
        var broken = bodies.sorted { $0.key < $1.key }.flatMap { $0.value.summary.links.filter { isBroken(.other($0.target), $0.fragment) } }
        let batch = 512
        broken += ConcurrentMap.map(Array(stride(from: 0, to: plainPages.records.count, by: batch))) { start in
            var found: [InternalLink] = []
            for position in start..<min(start + batch, plainPages.records.count) {
                plainPages.links.forEachLink(at: plainPages.records[position].links) { link in
                    guard isBroken(link.target, link.fragment) else { return }
                    found.append(link.link(in: index).link(in: index.sortedPages[position].source))
                }
            }
            return found
        }.joined()
        for link in broken {
            let message = "broken fragment '#\(link.fragment ?? "")': no element on \(link.target.outputPath) has that id"
            severity == .error ? log.error(message, at: link.location) : log.warning(message, at: link.location)
        }
    }

    /// Where a page that is not a plain page reports its problems: a code page at its file's start.
    private func sourceStart(of id: PageID, index: SiteIndex) -> SourceLocation? {
        guard case .code(let code) = id else { return nil }
        return index.codes[code]?.source.start
    }
}

/// The message for a file the sink refused.
func writeFailure(_ error: any Error) -> String {
    (error as? SiteWriteError)?.message ?? "cannot write the site: \(error)"
}
