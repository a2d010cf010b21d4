import Foundation

/// The files that describe the site to programs rather than people: `codes.json` and one
/// `NNN.json` per code, `search-index.js` for the search box, `sitemap.xml`, `robots.txt` and
/// `llms.txt`. Every URL in them is absolute when `base_url` is set and relative to the site
/// root otherwise. The output is deterministic: sorted keys, pages in route order.
struct SiteDataFiles {
    let config: SiteConfig
    let index: SiteIndex
    let graph: SiteGraph
    let families: [FamilyDocument]
    /// The headings of each plain page as one space-separated text (`nil` without headings), in
    /// `index.sortedPages` order.
    let headingText: [String?]

    /// Makes the files one at a time, handing each to `accept` before making the next: with many
    /// pages, each of them is large.
    func forEachFile(_ accept: (OutputFile) -> Void) {
        accept(OutputFile(path: "codes.json", data: codesJSON()))
        accept(OutputFile(path: "search-index.js", data: searchIndex()))
        accept(OutputFile(path: "sitemap.xml", data: sitemap()))
        accept(OutputFile(path: "robots.txt", data: Data(robots().utf8)))
        accept(OutputFile(path: "llms.txt", data: llmsText()))
        for document in index.sortedCodes {
            accept(OutputFile(path: "\(document.code.value).json", data: record(document).json(adding: [("version", .number(CodeRecord.schemaVersion))]).data))
        }
    }

    /// Every page a reader may land on, in a stable order (not the 404 page).
    private var pages: [PageID] {
        [.home] + families.map { .family($0.digit) } + index.sortedCodes.map { .code($0.code.value) }
            + [.guideIndex] + index.sortedPages.map { .page($0.path) }
    }

    private func url(_ id: PageID) -> String {
        guard let baseURL = config.baseURL else { return id.directory.isEmpty ? "./" : id.directory }
        return baseURL + id.directory
    }

    private func record(_ document: CodeDocument) -> CodeRecord {
        CodeRecord(document, related: graph.related[document.code.value] ?? [], url: url(.code(document.code.value)))
    }

    // MARK: JSON

    private func codesJSON() -> Data {
        PrettyJSON.object([("version", .number(CodeRecord.schemaVersion)), ("codes", .array(index.sortedCodes.map { record($0).json() }))]).data
    }

    private func json(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, number, array or dictionary of those, which always encodes.
        return (try? encoder.encode(value)) ?? Data()
    }

    // MARK: Search

    /// `search-index.js` sets one global the site's script reads: an array of
    /// `[url, title, note, code, constants, headers, former titles, text]`, URLs relative to the root.
    private func searchIndex() -> Data {
        var entries: [SearchEntry] = []
        for document in index.sortedCodes {
            let code = document.code.value
            entries.append(SearchEntry(url: PageID.code(code).directory, title: "\(code) \(document.title)",
                                       note: families[document.family - 1].name + (document.status.shortBadgeLabel.map { " · \($0)" } ?? ""),
                                       code: code, constants: document.references.map(\.value), headers: document.headers,
                                       formerTitles: document.formerTitles,
                                       text: [document.summary, document.plain].compactMap { $0 }.joined(separator: " ")))
        }
        for family in families {
            entries.append(SearchEntry(url: PageID.family(family.digit).directory, title: family.name, note: "Family",
                                       text: family.summary ?? ""))
        }
        var data = Data("self.sitegenSearchIndex = [".utf8)
        var isFirst = true
        /// Encodes `entries` as the next elements of the array: `[a,b]` without its brackets.
        func append(_ entries: [SearchEntry]) {
            guard !entries.isEmpty else { return }
            if !isFirst { data.append(UInt8(ascii: ",")) }
            isFirst = false
            data.append(json(entries).dropFirst().dropLast())
        }
        append(entries)
        // The guides, a batch at a time, so that the encoder's working copy stays small.
        let batch = 1000
        for start in stride(from: 0, to: index.sortedPages.count, by: batch) {
            let end = min(start + batch, index.sortedPages.count)
            append((start..<end).map { position in
                let page = index.sortedPages[position]
                return SearchEntry(url: PageID.page(page.path).directory, title: page.title, note: "Guide",
                                   text: [page.summary ?? "", headingText[position]].compactMap { $0 }.joined(separator: " "))
            })
        }
        data.append(contentsOf: "];\n".utf8)
        return data
    }

    private struct SearchEntry: Encodable {
        var url: String
        var title: String
        var note: String
        var code = 0
        var constants: [String] = []
        var headers: [String] = []
        var formerTitles: [String] = []
        var text: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(url)
            try container.encode(title)
            try container.encode(note)
            try container.encode(code)
            try container.encode(constants)
            try container.encode(headers)
            try container.encode(formerTitles)
            try container.encode(text)
        }
    }

    // MARK: Crawlers and tools

    // The sitemap and llms.txt list every page: they are made as bytes, line by line, so that
    // they are not held a second time as text.

    private func sitemap() -> Data {
        var xml = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
        for page in pages {
            xml.append(contentsOf: "  <url><loc>\(HTMLEscaping.escape(url(page)))</loc></url>\n".utf8)
        }
        xml.append(contentsOf: "</urlset>\n".utf8)
        return xml
    }

    private func robots() -> String {
        "User-agent: *\nAllow: /\n" + (config.baseURL.map { "Sitemap: \($0)sitemap.xml\n" } ?? "")
    }

    /// `llms.txt` (llmstxt.org): the site's title, what it is, and a linked list of its pages.
    private func llmsText() -> Data {
        var text = Data()
        func add(_ line: String) { text.append(contentsOf: line.utf8) }
        add("# \(config.title)\n\n> \(config.description)\n\n")
        add("Every status code is also available as JSON: [codes.json](\(config.baseURL ?? "")codes.json) lists all of them, "
            + "and each code has its own file such as [303.json](\(config.baseURL ?? "")303.json).\n\n")
        for family in families {
            add("## \(family.name)\n\n")
            add("- [\(family.name)](\(url(.family(family.digit))))" + (family.summary.map { ": \($0)" } ?? "") + "\n")
            for code in graph.codesByFamily[family.digit] ?? [] {
                guard let document = index.codes[code] else { continue }
                add("- [\(code) \(document.title)](\(url(.code(code))))" + (document.summary.map { ": \($0)" } ?? "") + "\n")
            }
            add("\n")
        }
        if !index.sortedPages.isEmpty {
            add("## Guides\n\n")
            for page in index.sortedPages {
                add("- [\(page.title)](\(url(.page(page.path))))" + (page.summary.map { ": \($0)" } ?? "") + "\n")
            }
        }
        return text
    }
}
