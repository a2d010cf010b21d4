/// The plain pages (guides and any other page that is not a code or a family), which a site may
/// have by the thousand, rendered as a stream: each file is read again, its Markdown and template
/// rendered, and the page handed to the sink on the thread that rendered it. Only what the
/// whole-site stages need stays in memory, so memory does not grow with the pages' text.
extension SiteBuilder {
    struct PlainPages {
        /// The pages' ids, for the fragment check; empty without templates.
        var pages: [RenderedPage] = []
        /// Each page's links that matter once it is written, in path order: those to a code
        /// (backlinks on code pages) and those with a fragment (the fragment check).
        var links: [(path: String, links: [InternalLink])] = []
        /// The headings of each page that has any, as one text, for the search index.
        var headingText: [String: String] = [:]
    }

    /// Renders every plain page. `context` must not need the graph's backlinks from plain pages,
    /// which are known only once this returns. Without `templates`, only the Markdown is checked.
    func renderPlainPages(index: SiteIndex, markdown: MarkdownStage, keys: PageKeys?, templates: TemplateSet?, sink: FileSink,
                          context: PageContext, log: inout DiagnosticLog) -> PlainPages {
        struct Result: Sendable {
            var page: RenderedPage?
            var links: [InternalLink] = []
            var headingText: String?
            var log = DiagnosticLog()
        }
        let documents = index.sortedPages
        let results = ConcurrentMap.map(documents) { document -> Result in
            var result = Result()
            let id = PageID.page(document.path)
            // Read only when the body or the page must be rendered: an unchanged page is not read.
            let text = { PlainPageBody.read(document, fileSystem: fileSystem, log: &result.log) }
            guard let body = markdown.body(of: id, source: document.source, digest: document.sourceDigest, text: text) else { return result }
            result.log.append(contentsOf: body.summary.log)
            if let templates {
                result.page = producePage(id, template: document.template, templates: templates, body: body, source: document.source, text: text, markdown: markdown, keys: keys,
                                          context: { context.page(document, body: $0) }, sink: sink)
            }
            let rendered = body.summary
            result.links = rendered.links.filter { $0.target.codeValue != nil || $0.fragment != nil }
            result.headingText = rendered.headings.isEmpty ? nil : rendered.headings.map(\.text).joined(separator: " ")
            return result
        }
        var plainPages = PlainPages()
        for (document, result) in zip(documents, results) {
            log.append(contentsOf: result.log)
            if let page = result.page { plainPages.pages.append(page) }
            plainPages.links.append((document.path, result.links))
            plainPages.headingText[document.path] = result.headingText
        }
        return plainPages
    }
}
