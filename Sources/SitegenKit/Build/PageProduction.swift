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
    /// every template it includes and all the values `context` gives the template, the body's
    /// standing for its own key (see `TemplateBody`), so the values a page is rendered with give
    /// its key too; `keys` often tells without building them. `text` gives the body's Markdown
    /// when its HTML must be made; `nil` (after an error) means no page.
    func producePage(_ id: PageID, template: String, templates: TemplateSet, body: PageBody?, source: SourceFile?, text: () -> String?, markdown: MarkdownStage, keys: PageKeys?,
                     context: (TemplateBody?) -> PageValues, sink: FileSink) -> RenderedPage? {
        func key(of values: PageValues) -> UInt64 {
            var hasher = ContentHasher()
            hasher.combine(templates.keys[template] ?? 0)
            values.combine(into: &hasher)
            return hasher.value
        }
        var knownKey: UInt64?
        let quickKey = keys?.quickKey(of: id, template: template, source: source, body: body) ?? 0
        if let reuse = markdown.reuse, let kept = reuse.page(id, quickKey: quickKey, key: {
            let value = key(of: context(body.map { TemplateBody(summary: $0.summary, html: nil) }))
            knownKey = value
            return value
        }) {
            return RenderedPage(kept: kept, sink: sink)
        }
        var templateBody: TemplateBody?
        if let body, let source {
            guard let html = markdown.html(of: body, source: source, text: text) else { return nil }
            templateBody = TemplateBody(summary: body.summary, html: html)
        }
        let values = context(templateBody)
        let data = Data((templates.render(values, template: template) ?? "").utf8)
        let page = RenderedPage(id: id, data: data, sink: sink)
        // A page with an error is rendered again next time, so the error is reported again.
        if let reuse = markdown.reuse, page.duplicateIDs.isEmpty {
            reuse.remember(CachedPage(page: id, key: knownKey ?? key(of: values), quickKey: quickKey, ids: page.ids,
                                      bytes: reuse.keepsPageBytes ? data : nil))
        }
        return page
    }
}
