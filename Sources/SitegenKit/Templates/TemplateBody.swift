/// A page's Markdown body as its template reads it. The HTML follows from the body's key, so the
/// values made of it are hashed as that key (`TemplateValue.keyed`): the page's values hash alike
/// with or without the HTML, and one set of values gives both the page's key and the page.
struct TemplateBody {
    /// What the build knows of the body without its HTML: its key, links, headings and the
    /// sections taken out of it.
    let summary: CachedBody
    /// `nil` when the values are made only for the page's key.
    let html: RenderedMarkdown?

    var headings: [RenderedHeading] { summary.headings }
    var links: [InternalLink] { summary.links }

    /// The body's HTML.
    var value: TemplateValue { .keyed(html?.html ?? "", key: summary.key) }

    /// The section with heading slug `slug` taken out of the body, if the body has one.
    func liftedSection(_ slug: String) -> TemplateValue? {
        guard summary.liftedSections.contains(slug) else { return nil }
        var hasher = ContentHasher()
        hasher.combine(summary.key)
        hasher.combine(slug)
        return .keyed(html?.liftedSections[slug] ?? "", key: hasher.value)
    }
}
