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

    /// Makes the files one at a time, handing each to `accept` as its path and pieces: those
    /// that list every page are made a batch of pages at a time, as the pieces are read, so that
    /// none of them is held whole.
    func forEachFile(_ accept: (_ path: String, _ pieces: AnySequence<Data>) -> Void) {
        func whole(_ data: Data) -> AnySequence<Data> { AnySequence(CollectionOfOne(data)) }
        accept("codes.json", whole(codesJSON()))
        accept("search-index.js", searchIndex())
        accept("sitemap.xml", sitemap())
        accept("robots.txt", whole(Data(robots().utf8)))
        accept("llms.txt", llmsText())
        for document in index.sortedCodes {
            accept("\(document.code.value).json", whole(record(document).json(adding: [("version", .number(CodeRecord.schemaVersion))]).data))
        }
    }

    /// How many plain pages go into one piece of a file that lists them all.
    private static let pagesPerPiece = 1000

    /// `head`, then one piece per batch of plain pages (the positions in `index.sortedPages`
    /// made by `piece`), then `tail`; each piece is made only when it is read.
    private func pieces(head: Data, tail: Data, piece: @escaping (Range<Int>) -> Data) -> AnySequence<Data> {
        let count = index.sortedPages.count
        let batches = stride(from: 0, to: count, by: Self.pagesPerPiece).lazy.map { piece($0..<min($0 + Self.pagesPerPiece, count)) }
        return AnySequence([AnySequence(CollectionOfOne(head)), AnySequence(batches), AnySequence(CollectionOfOne(tail))].joined())
    }

    /// Every page a reader may land on but the plain pages, which follow them, in a stable order (not the 404 page).
    private var pagesBeforePlainPages: [PageID] {
        [.home] + families.map { .family($0.digit) } + index.sortedCodes.map { .code($0.code.value) } + [.guideIndex]
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
    private func searchIndex() -> AnySequence<Data> {
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
        let head = Data("self.sitegenSearchIndex = [".utf8) + encoded(entries)
        // The guides, a batch at a time, so that neither the encoder's working copy nor the file is held whole.
        return pieces(head: head, tail: Data("];\n".utf8)) { positions in
            let guides = encoded(positions.map { position in
                let page = index.sortedPages[position]
                return SearchEntry(url: PageID.page(page.path).directory, title: page.title, note: "Guide",
                                   text: [page.summary ?? "", headingText[position]].compactMap { $0 }.joined(separator: " "))
            })
            // A piece after the first entry starts with the comma that separates it from the one before.
            return entries.isEmpty && positions.lowerBound == 0 ? guides : Data(",".utf8) + guides
        }
    }

    /// `entries` as elements of an array, without its brackets: `a,b` for `[a,b]`.
    private func encoded(_ entries: [SearchEntry]) -> Data {
        entries.isEmpty ? Data() : json(entries).dropFirst().dropLast()
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

    private func sitemap() -> AnySequence<Data> {
        func lines(_ pages: some Sequence<PageID>) -> Data {
            var xml = Data()
            for page in pages { xml.append(contentsOf: "  <url><loc>\(HTMLEscaping.escape(url(page)))</loc></url>\n".utf8) }
            return xml
        }
        let head = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
            + lines(pagesBeforePlainPages)
        return pieces(head: head, tail: Data("</urlset>\n".utf8)) { positions in
            lines(positions.lazy.map { .page(index.sortedPages[$0].path) })
        }
    }

    private func robots() -> String {
        "User-agent: *\nAllow: /\n" + (config.baseURL.map { "Sitemap: \($0)sitemap.xml\n" } ?? "")
    }

    /// `llms.txt` (llmstxt.org): the site's title, what it is, and a linked list of its pages.
    private func llmsText() -> AnySequence<Data> {
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
        if !index.sortedPages.isEmpty { add("## Guides\n\n") }
        return pieces(head: text, tail: Data()) { positions in
            var guides = Data()
            for page in positions.lazy.map({ index.sortedPages[$0] }) {
                guides.append(contentsOf: ("- [\(page.title)](\(url(.page(page.path))))" + (page.summary.map { ": \($0)" } ?? "") + "\n").utf8)
            }
            return guides
        }
    }
}
