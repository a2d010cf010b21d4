/// The HTML of one page body and what the pipeline learned while rendering it.
public struct RenderedMarkdown: Sendable {
    public var html: String
    /// Internal links in document order, for validation, related codes and backlinks.
    public var links: [InternalLink]
    /// Whether the body holds at least one fenced code block tagged `http`.
    public var hasHTTPExample: Bool
    /// The body's headings in document order, for a page's table of contents.
    public var headings: [RenderedHeading] = []
    /// Sections taken out of the body to be shown elsewhere on the page, by heading slug:
    /// the HTML of everything under the heading, without the heading itself.
    public var liftedSections: [String: String] = [:]
}

/// One heading of a rendered body.
public struct RenderedHeading: Sendable, Equatable {
    public var level: Int
    public var id: String
    /// The heading as plain text, without markup.
    public var text: String
}
