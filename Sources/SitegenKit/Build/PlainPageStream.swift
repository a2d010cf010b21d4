/// The plain pages (guides and any other page that is not a code or a family), which a site may
/// have by the thousand, rendered as a stream: each file is read again, its Markdown and template
/// rendered, and the page handed to the sink on the thread that rendered it. Only what the
/// whole-site stages need stays in memory, in one small record per page, so memory does not grow
/// with the pages' text.
extension SiteBuilder {
    /// What the whole-site stages need of one plain page once it is written.
    struct PlainPageRecord: Sendable {
        /// The `id`s on the page (`ElementIDs.joined`), for the fragment check; `nil` when it was not produced.
        var ids: String?
        /// Where the links that matter once the page is written are in `PlainPages.links`: those
        /// to a code (backlinks on code pages) and those with a fragment (the fragment check).
        var links: PlainPageLinkStore.Span?
        /// The page's headings as one text, for the search index.
        var headingText: String?
        /// The page's problems, ids used twice and a refused write included. Emptied once the
        /// build has taken it.
        var log = DiagnosticLog()
    }

    /// Every plain page's record, in `index.sortedPages` order, and the links they keep.
    struct PlainPages: Sendable {
        var records: [PlainPageRecord] = []
        var links = PlainPageLinkStore()
    }

    /// An `InternalLink` of a plain page without its file, which is the page's own.
    struct PlainPageLink: Sendable {
        var target: PageID
        var fragment: String?
        var line: Int32
        var column: Int32
    }
}

extension SiteBuilder.PlainPageLink {
    init(_ link: InternalLink) {
        (target, fragment) = (link.target, link.fragment)
        (line, column) = (Int32(clamping: link.location.line), Int32(clamping: link.location.column))
    }

    func link(in source: SourceFile) -> InternalLink {
        InternalLink(target: target, fragment: fragment, location: source.location(line: Int(line), column: Int(column)))
    }
}

extension SiteBuilder {
    /// Renders every plain page; the records are in `index.sortedPages` order. `context` must not
    /// need the graph's backlinks from plain pages, which are known only once this returns.
    /// Without `templates`, only the Markdown is checked.
    func renderPlainPages(index: SiteIndex, markdown: MarkdownStage, keys: PageKeys?, templates: TemplateSet?, sink: FileSink,
                          context: PageContext, log: inout DiagnosticLog) -> PlainPages {
        let interner = StringInterner()
        let links = PlainPageLinkStore()
        var records = ConcurrentMap.map(index.sortedPages) { document -> PlainPageRecord in
            var record = PlainPageRecord()
            let id = PageID.page(document.path)
            let source = document.source
            // Read only when the body or the page must be rendered: an unchanged page is not read.
            let text = { PlainPageBody.read(document, fileSystem: fileSystem, log: &record.log) }
            guard let body = markdown.body(of: id, source: source, digest: document.sourceDigest, text: text) else { return record }
            record.log.append(contentsOf: body.summary.log)
            if let templates, let page = producePage(id, template: document.template, templates: templates, body: body, source: source,
                                                     text: text, markdown: markdown, keys: keys,
                                                     context: { context.page(document, body: $0) }, sink: sink) {
                record.ids = interner.intern(page.ids)
                page.report(at: source.start, into: &record.log)
            }
            let rendered = body.summary
            record.links = links.add(rendered.links.compactMap { $0.target.codeValue != nil || $0.fragment != nil ? PlainPageLink($0) : nil },
                                     index: index)
            record.headingText = rendered.headings.isEmpty ? nil : interner.intern(rendered.headings.map(\.text).joined(separator: " "))
            return record
        }
        for position in records.indices {
            log.append(contentsOf: records[position].log)
            records[position].log = DiagnosticLog()
        }
        return PlainPages(records: records, links: links)
    }
}
