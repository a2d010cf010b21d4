/// The HTML of one page body and what the pipeline learned while rendering it.
public struct RenderedMarkdown: Sendable {
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var text: String
        public var id: String
    }

    public var html: String
    public var headings: [Heading]
    /// Internal links in document order, for validation, related codes and backlinks.
    public var links: [InternalLink]
    /// Whether the body holds at least one fenced code block tagged `http`.
    public var hasHTTPExample: Bool

    public static let empty = RenderedMarkdown(html: "", headings: [], links: [], hasHTTPExample: false)
}
