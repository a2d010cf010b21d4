/// Builds the values each template sees. Every URL in them is relative to the page being
/// rendered, so the site works from any folder of any static server.
struct PageContext {
    let config: SiteConfig
    let index: SiteIndex
    let graph: SiteGraph
    let families: [FamilyDocument]
    /// The layout values that pages at one depth in one section share.
    let sharedLayout: SharedLayout

    func home() -> [String: Any] {
        var context = layout(for: .home, title: config.title, description: config.description)
        context["families"] = families.map { family in
            familySummary(family, from: .home).merging(["codes": codeList(graph.codesByFamily[family.digit] ?? [], from: .home)]) { $1 }
        }
        context["guides"] = index.sortedPages.map { pageSummary($0, from: .home) }
        return context
    }

    /// `body` is the family's introduction, when it has one.
    func family(_ family: FamilyDocument, body: RenderedMarkdown?) -> [String: Any] {
        let id = PageID.family(family.digit)
        var context = layout(for: id, title: family.name, description: family.summary ?? family.name)
        context["family"] = familySummary(family, from: id).merging([
            "body": body?.html ?? "",
            "checked": family.checked.map(checkedDate),
            "codes": codeList(graph.codesByFamily[family.digit] ?? [], from: id),
        ]) { $1 }
        return context
    }

    func code(_ document: CodeDocument, body: RenderedMarkdown?) -> [String: Any] {
        let code = document.code.value
        let id = PageID.code(code)
        let family = families[document.family - 1]
        let neighbours = graph.neighbours(of: code)
        var context = layout(for: id, title: "\(code) \(document.title)", description: document.summary ?? document.title)
        var values: [String: Any] = [
            "code": code,
            "title": document.title,
            "family": familySummary(family, from: id),
            "badges": badges(for: document),
            "headers": document.headers,
            "specs": document.specs.enumerated().map { offset, spec in
                compact(["title": spec.title, "section": spec.section, "url": spec.url, "earlier": offset > 0])
            },
            "references": document.references
                .sorted { config.order(ofReferenceKey: $0.key) < config.order(ofReferenceKey: $1.key) }
                .map { ["label": config.label(forReferenceKey: $0.key), "value": $0.value] },
            "body": body?.html ?? "",
            "related": codeList(graph.related[code] ?? [], from: id),
            "referenced_by": codeList(graph.referencingCodes[code] ?? [], from: id),
            "guides": (graph.referencingPages[code] ?? []).compactMap { index.page(at: $0) }.map { pageSummary($0, from: id) },
        ]
        values["summary"] = document.summary
        values["plain"] = document.plain
        values["origin"] = document.origin
        values["checked"] = document.checked.map(checkedDate)
        values["former_titles"] = document.formerTitles.isEmpty ? nil : document.formerTitles.joined(separator: ", ")
        values.merge(readingAids(for: body)) { $1 }
        values["previous"] = neighbours.previous.flatMap { codeSummary($0, from: id) }
        values["next"] = neighbours.next.flatMap { codeSummary($0, from: id) }
        context["code"] = compact(values)
        return context
    }

    /// Reads nothing of `graph`: plain pages are rendered before the links of all of them are known.
    func page(_ document: PlainDocument, body: RenderedMarkdown?) -> [String: Any] {
        let id = PageID.page(document.path)
        var context = layout(for: id, title: document.title, description: document.summary ?? document.title)
        context["content"] = compact([
            "title": document.title,
            "summary": document.summary,
            "checked": document.checked.map(checkedDate),
            "body": body?.html ?? "",
            "codes": codeList(uniqueCodes(linkedFrom: body), from: id),
        ])
        return context
    }

    func notFound() -> [String: Any] {
        var context = layout(for: .notFound, title: "Page not found", description: "No page exists at this address.")
        context["families"] = families.map { familySummary($0, from: .notFound) }
        return context
    }

    // MARK: Shared parts

    /// What the base layout needs on every page: the shared values of its depth and section, and
    /// `page`. The 404 page is served from any depth, so when a `base_url` is known its links are
    /// absolute; otherwise they are relative to the site root, its stylesheet and script are
    /// inlined, and the script finds the root itself.
    func layout(for id: PageID, title: String, description: String) -> [String: Any] {
        var page: [String: Any] = ["title": title, "description": description, "is_home": id == .home]
        page["canonical"] = config.baseURL.map { $0 + id.directory + (id == .notFound ? "404.html" : "") }
        var context = sharedLayout.values(for: id)
        context["page"] = page
        return context
    }

    func familySummary(_ family: FamilyDocument, from id: PageID) -> [String: Any] {
        compact([
            "digits": "\(family.digit)xx", "title": family.title, "name": family.name,
            "summary": family.summary, "url": link(from: id, to: .family(family.digit)),
        ])
    }

    func codeSummary(_ code: Int, from id: PageID) -> [String: Any]? {
        guard let document = index.codes[code] else { return nil }
        return compact([
            "code": code, "title": document.title, "summary": document.summary,
            "url": link(from: id, to: .code(code)), "badges": badges(for: document),
        ])
    }

    func codeList(_ codes: [Int], from id: PageID) -> [[String: Any]] {
        codes.compactMap { codeSummary($0, from: id) }
    }

    func pageSummary(_ document: PlainDocument, from id: PageID) -> [String: Any] {
        compact(["title": document.title, "summary": document.summary, "url": link(from: id, to: .page(document.path))])
    }

    func badges(for document: CodeDocument) -> [[String: String]] {
        var badges: [[String: String]] = []
        if let label = document.status.badgeLabel, let short = document.status.shortBadgeLabel {
            let origin = document.status == .unofficial ? document.origin.flatMap(ShortOrigin.make).map { " · \($0)" } ?? "" : ""
            badges.append(["kind": document.status.rawValue, "label": label + origin, "short": short + origin])
        }
        if document.isProposal { badges.append(["kind": "proposal", "label": "Proposal", "short": "Proposal"]) }
        return badges
    }

    func checkedDate(_ date: CheckedDate) -> [String: String] {
        ["iso": date.iso, "display": date.display]
    }

    func uniqueCodes(linkedFrom body: RenderedMarkdown?) -> [Int] {
        var codes: [Int] = []
        for link in body?.links ?? [] {
            if let code = link.target.codeValue, !codes.contains(code) { codes.append(code) }
        }
        return codes.sorted()
    }

    /// The 404 page links from the site root (or `base_url`), since it is served at any path.
    func link(from id: PageID, to target: PageID) -> String {
        id == .notFound ? (config.baseURL ?? "") + target.directory : id.url(to: target)
    }

    /// Drops `nil` values so that Mustache sections on them are skipped.
    func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }
}
