/// Which pages exist and which content file each comes from; built before rendering so links
/// can be resolved while Markdown is walked. Reports duplicate codes and output-path collisions.
public struct SiteIndex: Sendable {
    public private(set) var codes: [Int: CodeDocument] = [:]
    /// The plain pages in path order, the only place they are kept: a site may have any number
    /// of them, so `positions` holds only each one's place.
    public private(set) var sortedPages: [PlainDocument] = []
    /// Where each plain page's path is in `sortedPages`. Every link to a page looks it up: a
    /// binary search over the documents, a cache miss at each step, cost more than the rest of
    /// link resolution.
    private var positions = PagePositions([])
    /// Content-relative source path (`codes/303.md`) of each code and family file to its page;
    /// `page(forSourcePath:)` finds plain pages too.
    private(set) var codeAndFamilyPages: [String: PageID] = [:]
    /// Files of the site that are not pages (`assets/site.css`), for `/assets/...` links.
    public let assetPaths: Set<String>
    /// Codes whose files failed to load; they count as existing so their errors do not cascade.
    public let unloadedCodes: Set<Int>
    /// Content files that failed to load (`guides/x.md`); links to them are not reported either.
    public let unloadedSourcePaths: Set<String>

    /// Takes the codes and plain pages out of `content`: the index is where they are kept, and a
    /// second copy of the pages would double the memory they take.
    public init(content: inout SiteContent, assetPaths: Set<String>, log: inout DiagnosticLog) {
        self.assetPaths = assetPaths
        self.unloadedCodes = content.unloadedCodes
        self.unloadedSourcePaths = content.unloadedSourcePaths
        let loadedCodes = content.codes
        content.codes = []
        // Moved, not copied: `content` lets go of the pages before they are filtered and sorted in place.
        sortedPages = content.pages
        content.pages = []
        for code in loadedCodes.sorted(by: { $0.source.displayPath < $1.source.displayPath }) {
            if let first = codes[code.code.value] {
                log.error("code \(code.code.value) is defined twice: here and in \(first.source.displayPath)", at: code.code.location)
                continue
            }
            codes[code.code.value] = code
            codeAndFamilyPages[code.source.relativePath] = .code(code.code.value)
        }
        for family in content.families {
            if let source = family.source { codeAndFamilyPages[source.relativePath] = .family(family.digit) }
        }
        sortedPages.removeAll { !Self.mayUsePath(of: $0, codes: codes, log: &log) }
        sortedCodes = codes.keys.sorted().compactMap { codes[$0] }
        sortedPages.sort { $0.path < $1.path }
        positions = PagePositions(sortedPages)
    }

    /// Whether `page` may be published at its path: no code page, family index, list of guides,
    /// not-found page or template asset claims it.
    private static func mayUsePath(of page: PlainDocument, codes: [Int: CodeDocument], log: inout DiagnosticLog) -> Bool {
        let route = PageID.page(page.path).directory
        if let code = Int(page.path), let claimant = codes[code] {
            log.error("output path \(route) is claimed twice: by this page and by \(claimant.source.displayPath)", at: page.source.start)
        } else if PathPatterns.familyDigit(page.path) != nil {
            log.error("output path \(route) is claimed twice: by this page and by the \(page.path) family index", at: page.source.start)
        } else if page.path == PageID.guideIndex.directory.dropLast() {
            log.error("output path \(route) is claimed twice: by this page and by the list of guides", at: page.source.start)
        } else if page.path == "404.html" || page.path.hasPrefix("404.html/") {
            log.error("output path \(route) would clash with the not-found page 404.html; rename this file", at: page.source.start)
        } else if page.path == "assets" || page.path.hasPrefix("assets/") {
            log.error("output path \(route) is reserved for the template assets; move this page", at: page.source.start)
        } else {
            return true
        }
        return false
    }

    /// The code pages in numeric order (sorted once: several stages walk them).
    public private(set) var sortedCodes: [CodeDocument] = []

    /// The plain page published at `path` (`guides/retry-after`).
    public func page(at path: String) -> PlainDocument? {
        position(ofPage: path).map { sortedPages[$0] }
    }

    /// Where the plain page at `path` is in `sortedPages`.
    public func position(ofPage path: String) -> Int? {
        positions.position(of: path, in: sortedPages)
    }

    /// The page a content file (`codes/303.md`, `guides/retry.md`) produces, if it was loaded.
    public func page(forSourcePath relativePath: String) -> PageID? {
        if let page = codeAndFamilyPages[relativePath] { return page }
        guard relativePath.hasSuffix(".md"), let position = position(ofPage: String(relativePath.dropLast(3))) else { return nil }
        // The index's own string, so a link holds no copy of the path.
        return .page(sortedPages[position].path)
    }

    public func exists(_ page: PageID) -> Bool {
        switch page {
        case .home, .notFound, .guideIndex: true
        case .family(let digit): (1...5).contains(digit)
        case .code(let code): codes[code] != nil || unloadedCodes.contains(code)
        case .page(let path): position(ofPage: path) != nil || unloadedSourcePaths.contains(path + ".md")
        }
    }
}
