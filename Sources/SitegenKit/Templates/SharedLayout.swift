import Foundation

/// The layout values that depend only on where a page sits, not on the page itself: the links
/// back to the site root, the section marked current in the navigation, and the header and footer
/// rendered from them.
///
/// Every page at one folder depth in one section shares them, so they are built, and
/// `site-head`, `site-header` and `site-footer` rendered, once per distinct `Key` instead of
/// once per page (a site of 10,000 guides has a handful of keys). Pages render on all cores, so
/// the values are kept behind a lock.
final class SharedLayout: @unchecked Sendable {
    /// Templates rendered once per key; each template's output is the value of the same name
    /// with `_` for `-` (`{{{site_header}}}`).
    static let partNames = ["site-head", "site-header", "site-footer"]

    /// What the shared values are made from.
    struct Key: Hashable {
        /// The relative path (or, on the 404 page with `base_url`, the URL) of the site root.
        var root: String
        /// The family marked current in the navigation: a family page's own, or a code's.
        var currentFamily: Int?
        /// Whether "Guides" is marked current: on the guides index and every guide.
        var guidesCurrent: Bool
        /// The 404 page without `base_url` embeds its stylesheet and script instead of linking them.
        var inlinesAssets: Bool

        init(for id: PageID, baseURL: String?) {
            root = id == .notFound ? (baseURL ?? "") : id.url(toFile: "")
            switch id {
            case .family(let digit): currentFamily = digit
            case .code(let code): currentFamily = code / 100
            default: currentFamily = nil
            }
            guidesCurrent = id == .guideIndex || { if case .page = id { true } else { false } }()
            inlinesAssets = id == .notFound && baseURL == nil
        }
    }

    private let config: SiteConfig
    private let families: [FamilyDocument]
    private let inlineAssets: InlineAssets
    /// `nil` when the templates did not load; no page is rendered then.
    private let templates: TemplateSet?
    private let lock = NSLock()
    private var valuesByKey: [Key: Values] = [:]

    /// The shared values of one key, with their hash (see `PageValues.combine`).
    struct Values: Sendable {
        let object: TemplateObject
        let hash: UInt64
    }

    init(config: SiteConfig, families: [FamilyDocument], templates: TemplateSet?) {
        self.config = config
        self.families = families
        self.inlineAssets = InlineAssets(assets: templates?.assets ?? [])
        self.templates = templates
    }

    /// The values every template of page `id` sees at the top level, shared parts included.
    func values(for id: PageID) -> Values {
        let key = Key(for: id, baseURL: config.baseURL)
        lock.lock()
        defer { lock.unlock() }
        if let known = valuesByKey[key] { return known }
        let values = makeValues(key)
        valuesByKey[key] = values
        return values
    }

    private func makeValues(_ key: Key) -> Values {
        let root = key.root
        var values = TemplateObject([
            "site": .object(TemplateObject(["title": .text(config.title), "description": .text(config.description)])),
            "root": .text(root),
            "home_url": .text(root.isEmpty ? "./" : root),
            "guides_url": .text(root + PageID.guideIndex.directory),
            "guides_current": .flag(key.guidesCurrent),
            "nav": .objects(families.map { family in
                TemplateObject(["digits": .text("\(family.digit)xx"), "title": .text(family.title),
                                "url": .text(root + PageID.family(family.digit).directory), "current": .flag(key.currentFamily == family.digit)])
            }),
        ])
        if key.inlinesAssets {
            values["inline"] = .object(TemplateObject(["css": .text(inlineAssets.css), "js": .text(inlineAssets.js)]))
        } else {
            values["search"] = .object(TemplateObject(["root": .text(root)]))
        }
        for name in Self.partNames where templates?.names.contains(name) == true {
            // Placed on a line of its own in `base`, like a partial: its last newline is the line's.
            var html = templates?.render(values, template: name) ?? ""
            if html.hasSuffix("\n") { html.removeLast() }
            values[name.replacingOccurrences(of: "-", with: "_")] = .text(html)
        }
        var hasher = ContentHasher()
        values.combine(into: &hasher)
        return Values(object: values, hash: hasher.value)
    }
}
