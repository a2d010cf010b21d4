/// How the pages relate: related codes, backlinks and previous/next inside each family.
public struct SiteGraph: Sendable {
    /// For each code, the codes to compare it with: `related:` first, then codes its body links to.
    public private(set) var related: [Int: [Int]] = [:]
    /// For each code, the code pages that link to it, in numeric order.
    public private(set) var referencingCodes: [Int: [Int]] = [:]
    /// For each code, the plain pages (guides) that link to it, in path order.
    public private(set) var referencingPages: [Int: [String]] = [:]
    /// The codes of each family, in numeric order.
    public private(set) var codesByFamily: [Int: [Int]] = [:]

    /// Builds the graph from the index and the internal links of `links`' pages; an unknown related code is an error.
    public init(index: SiteIndex, links: [PageID: [InternalLink]], log: inout DiagnosticLog) {
        for document in index.sortedCodes {
            let code = document.code.value
            codesByFamily[document.family, default: []].append(code)
            var list: [Int] = []
            for entry in document.related {
                guard index.exists(.code(entry.value)) else {
                    log.error("unknown related code \(entry.value)", at: entry.location)
                    continue
                }
                if entry.value != code, !list.contains(entry.value) { list.append(entry.value) }
            }
            for link in links[.code(code)] ?? [] {
                if let target = link.target.codeValue, target != code, !list.contains(target) { list.append(target) }
            }
            related[code] = list
        }
        for (source, pageLinks) in links.sorted(by: { $0.key < $1.key }) { addLinks(to: pageLinks.map(\.target), from: source) }
    }

    /// Adds the backlinks one page's links (to `targets`) make. The build adds plain pages after
    /// building the graph from the code pages, in path order, which keeps `referencingPages` in path order.
    public mutating func addLinks(to targets: some Sequence<PageID>, from source: PageID) {
        let targets = Set(targets.compactMap(\.codeValue))
        for target in targets.sorted() {
            switch source {
            case .code(let code) where code != target: referencingCodes[target, default: []].append(code)
            case .page(let path): referencingPages[target, default: []].append(path)
            default: break
            }
        }
    }

    /// The code before and after `code` in its family, for the pager.
    public func neighbours(of code: Int) -> (previous: Int?, next: Int?) {
        let codes = codesByFamily[code / 100] ?? []
        guard let position = codes.firstIndex(of: code) else { return (nil, nil) }
        return (position > 0 ? codes[position - 1] : nil, position + 1 < codes.count ? codes[position + 1] : nil)
    }
}
