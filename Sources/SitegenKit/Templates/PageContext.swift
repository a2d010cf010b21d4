/// Builds the values each template sees. Every URL in them is relative to the page being
/// rendered, so the site works from any folder of any static server.
struct PageContext: Sendable {
    let config: SiteConfig
    let index: SiteIndex
    let graph: SiteGraph
    let families: [FamilyDocument]
    /// The layout values that pages at one depth in one section share.
    let sharedLayout: SharedLayout

    func home() -> PageValues {
        var values = layout(for: .home, title: config.title, description: config.description)
        values.own["families"] = .objects(families.map { family in
            var summary = familySummary(family, from: .home)
            summary["codes"] = .objects(codeList(graph.codesByFamily[family.digit] ?? [], from: .home))
            return summary
        })
        values.own["guides"] = .objects(index.sortedPages.map { pageSummary($0, from: .home) })
        return values
    }

    /// `body` is the family's introduction, when it has one.
    func family(_ family: FamilyDocument, body: TemplateBody?) -> PageValues {
        let id = PageID.family(family.digit)
        var values = layout(for: id, title: family.name, description: family.summary ?? family.name)
        var summary = familySummary(family, from: id)
        summary["body"] = body?.value ?? .text("")
        summary["checked"] = family.checked.map(checkedDate)
        summary["codes"] = .objects(codeList(graph.codesByFamily[family.digit] ?? [], from: id))
        values.own["family"] = .object(summary)
        return values
    }

    func code(_ document: CodeDocument, body: TemplateBody?) -> PageValues {
        let code = document.code.value
        let id = PageID.code(code)
        let family = families[document.family - 1]
        let neighbours = graph.neighbours(of: code)
        var values = layout(for: id, title: "\(code) \(document.title)", description: document.summary ?? document.title)
        let references = document.references.sorted { config.order(ofReferenceKey: $0.key) < config.order(ofReferenceKey: $1.key) }
        let content = TemplateObject([
            "code": .number(code),
            "title": .text(document.title),
            "family": .object(familySummary(family, from: id)),
            "badges": .objects(badges(for: document)),
            "headers": .texts(document.headers),
            "specs": .objects(document.specs.enumerated().map { offset, spec in
                TemplateObject(["title": .text(spec.title), "section": .text(spec.section), "url": .text(spec.url), "earlier": .flag(offset > 0)])
            }),
            "references": .objects(references.map { TemplateObject(["label": .text(config.label(forReferenceKey: $0.key)), "value": .text($0.value)]) }),
            "body": body?.value ?? .text(""),
            "related": .objects(codeList(graph.related[code] ?? [], from: id)),
            "referenced_by": .objects(codeList(graph.referencingCodes[code] ?? [], from: id)),
            "guides": .objects((graph.referencingPages[code] ?? []).compactMap { index.page(at: $0) }.map { pageSummary($0, from: id) }),
            "summary": .text(document.summary),
            "plain": .text(document.plain),
            "origin": .text(document.origin),
            "checked": document.checked.map(checkedDate),
            "former_titles": .text(document.formerTitles.isEmpty ? nil : document.formerTitles.joined(separator: ", ")),
            "toc": .objects(tableOfContents(body?.headings ?? [])),
            "library_notes": body?.liftedSection(Self.libraryNotesSection),
            "previous": neighbours.previous.flatMap { codeSummary($0, from: id) }.map(TemplateValue.object),
            "next": neighbours.next.flatMap { codeSummary($0, from: id) }.map(TemplateValue.object),
        ])
        values.own["code"] = .object(content)
        return values
    }

    /// Reads nothing of `graph`: plain pages are rendered before the links of all of them are known.
    func page(_ document: PlainDocument, body: TemplateBody?) -> PageValues {
        let id = PageID.page(document.path)
        var values = layout(for: id, title: document.title, description: document.summary ?? document.title)
        values.own["content"] = .object(TemplateObject([
            "title": .text(document.title),
            "summary": .text(document.summary),
            "checked": document.checked.map(checkedDate),
            "body": body?.value ?? .text(""),
            "codes": .objects(codeList(uniqueCodes(linkedFrom: body), from: id)),
        ]))
        return values
    }

    func notFound() -> PageValues {
        var values = layout(for: .notFound, title: "Page not found", description: "No page exists at this address.")
        values.own["families"] = .objects(families.map { familySummary($0, from: .notFound) })
        return values
    }

    // MARK: Shared parts

    /// What the base layout needs on every page: the shared values of its depth and section, and
    /// `page`. The 404 page is served from any depth, so when a `base_url` is known its links are
    /// absolute; otherwise they are relative to the site root, its stylesheet and script are
    /// inlined, and the script finds the root itself.
    func layout(for id: PageID, title: String, description: String) -> PageValues {
        let page = TemplateObject([
            "title": .text(title), "description": .text(description), "is_home": .flag(id == .home),
            "canonical": .text(config.baseURL.map { $0 + id.directory + (id == .notFound ? "404.html" : "") }),
        ])
        return PageValues(layout: sharedLayout.values(for: id), own: TemplateObject(["page": .object(page)]))
    }

    func familySummary(_ family: FamilyDocument, from id: PageID) -> TemplateObject {
        TemplateObject([
            "digits": .text("\(family.digit)xx"), "title": .text(family.title), "name": .text(family.name),
            "summary": .text(family.summary), "url": .text(link(from: id, to: .family(family.digit))),
        ])
    }

    func codeSummary(_ code: Int, from id: PageID) -> TemplateObject? {
        guard let document = index.codes[code] else { return nil }
        return TemplateObject([
            "code": .number(code), "title": .text(document.title), "summary": .text(document.summary),
            "url": .text(link(from: id, to: .code(code))), "badges": .objects(badges(for: document)),
        ])
    }

    func codeList(_ codes: [Int], from id: PageID) -> [TemplateObject] {
        codes.compactMap { codeSummary($0, from: id) }
    }

    func pageSummary(_ document: PlainDocument, from id: PageID) -> TemplateObject {
        TemplateObject(["title": .text(document.title), "summary": .text(document.summary), "url": .text(link(from: id, to: .page(document.path)))])
    }

    func badges(for document: CodeDocument) -> [TemplateObject] {
        var badges: [TemplateObject] = []
        if let label = document.status.badgeLabel, let short = document.status.shortBadgeLabel {
            let origin = document.status == .unofficial ? document.origin.flatMap(ShortOrigin.make).map { " · \($0)" } ?? "" : ""
            badges.append(TemplateObject(["kind": .text(document.status.rawValue), "label": .text(label + origin), "short": .text(short + origin)]))
        }
        if document.isProposal { badges.append(TemplateObject(["kind": .text("proposal"), "label": .text("Proposal"), "short": .text("Proposal")])) }
        return badges
    }

    func checkedDate(_ date: CheckedDate) -> TemplateValue {
        .object(TemplateObject(["iso": .text(date.iso), "display": .text(date.display)]))
    }

    func uniqueCodes(linkedFrom body: TemplateBody?) -> [Int] {
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
}
