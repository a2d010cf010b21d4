import Foundation

/// What the whole-site checks need from a finished page once its bytes have gone to the sink:
/// the `id`s on it (`ElementIDs.joined`), found on the thread that rendered it, and whether the
/// sink took it.
struct RenderedPage: Sendable {
    var id: PageID
    var ids: String
    var duplicateIDs: [String]
    var writeError: String?

    init(id: PageID, data: Data, sink: FileSink) {
        let scan = data.withUnsafeBytes { ElementIDs.scan(bytes: $0.bindMemory(to: UInt8.self)) }
        self.id = id
        ids = ElementIDs.joined(scan.ids)
        duplicateIDs = scan.duplicates
        do { try sink.accept(OutputFile(path: id.outputPath, data: data)) } catch { writeError = writeFailure(error) }
    }

    /// Reports a write the sink refused, and every id used more than once, at `location`.
    func report(at location: SourceLocation?, into log: inout DiagnosticLog) {
        if let writeError { log.error(writeError, at: nil) }
        for duplicate in duplicateIDs {
            log.error("the page \(id.outputPath) has more than one element with id '\(duplicate)'", at: location)
        }
    }

    /// A page an earlier build produced exactly so: from its bytes in memory, or left in the output.
    init(kept page: CachedPage, sink: FileSink) {
        id = page.page
        ids = page.ids
        duplicateIDs = []
        do {
            if let bytes = page.bytes { try sink.accept(OutputFile(path: id.outputPath, data: bytes)) } else { try sink.keep(id.outputPath) }
        } catch {
            writeError = writeFailure(error)
        }
    }
}

extension SiteBuilder {
    /// Produces one page. When `markdown.reuse` holds the earlier build's page with the same key
    /// and its output is unchanged, that page is kept and nothing is rendered; otherwise the page
    /// is rendered with `context` and handed to `sink`. The key covers the page's template with
    /// every template it includes and all the values `context` gives the template, with the body
    /// standing for its own key (see `PageBody.placeholder`); `keys` often tells without building
    /// the context. `text` gives the body's Markdown when its HTML must be made; `nil` (after an
    /// error) means no page.
    func producePage(_ id: PageID, template: String, templates: TemplateSet, body: PageBody?, source: SourceFile?, text: () -> String?, markdown: MarkdownStage, keys: PageKeys?,
                     context: (RenderedMarkdown?) -> PageValues, sink: FileSink) -> RenderedPage? {
        var key: UInt64?
        func fullKey() -> UInt64 {
            if let key { return key }
            var hasher = ContentHasher()
            hasher.combine(templates.keys[template] ?? 0)
            context(body?.placeholder).combine(into: &hasher)
            key = hasher.value
            return hasher.value
        }
        let quickKey = keys?.quickKey(of: id, template: template, source: source, body: body) ?? 0
        if let reuse = markdown.reuse, let kept = reuse.page(id, quickKey: quickKey, key: fullKey) {
            return RenderedPage(kept: kept, sink: sink)
        }
        var html: RenderedMarkdown?
        if let body, let source {
            guard let rendered = markdown.html(of: body, source: source, text: text) else { return nil }
            html = rendered
        }
        let data = Data((templates.render(context(html), template: template) ?? "").utf8)
        let page = RenderedPage(id: id, data: data, sink: sink)
        // A page with an error is rendered again next time, so the error is reported again.
        if let reuse = markdown.reuse, page.duplicateIDs.isEmpty {
            reuse.remember(CachedPage(page: id, key: fullKey(), quickKey: quickKey, ids: page.ids,
                                      bytes: reuse.keepsPageBytes ? data : nil))
        }
        return page
    }
}
