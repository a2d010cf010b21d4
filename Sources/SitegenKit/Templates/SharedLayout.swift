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
    private var valuesByKey: [Key: [String: Any]] = [:]

    init(config: SiteConfig, families: [FamilyDocument], templates: TemplateSet?) {
        self.config = config
        self.families = families
        self.inlineAssets = InlineAssets(assets: templates?.assets ?? [])
        self.templates = templates
    }

    /// The values every template of page `id` sees at the top level, shared parts included.
    func values(for id: PageID) -> [String: Any] {
        let key = Key(for: id, baseURL: config.baseURL)
        lock.lock()
        defer { lock.unlock() }
        if let known = valuesByKey[key] { return known }
        let values = makeValues(key)
        valuesByKey[key] = values
        return values
    }

    private func makeValues(_ key: Key) -> [String: Any] {
        let root = key.root
        var values: [String: Any] = [
            "site": ["title": config.title, "description": config.description],
            "root": root,
            "home_url": root.isEmpty ? "./" : root,
            "guides_url": root + PageID.guideIndex.directory,
            "guides_current": key.guidesCurrent,
            "nav": families.map { family in
                ["digits": "\(family.digit)xx", "title": family.title, "url": root + PageID.family(family.digit).directory,
                 "current": key.currentFamily == family.digit]
            },
        ]
        if key.inlinesAssets {
            values["inline"] = ["css": inlineAssets.css, "js": inlineAssets.js]
        } else {
            values["search"] = ["root": root]
        }
        for name in Self.partNames where templates?.names.contains(name) == true {
            // Placed on a line of its own in `base`, like a partial: its last newline is the line's.
            var html = templates?.render(values, template: name) ?? ""
            if html.hasSuffix("\n") { html.removeLast() }
            values[name.replacingOccurrences(of: "-", with: "_")] = html
        }
        return values
    }
}
