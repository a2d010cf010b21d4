/// The HTML of one page body and what the pipeline learned while rendering it.
public struct RenderedMarkdown: Sendable {
    public var html: String
    /// Internal links in document order, for validation, related codes and backlinks.
    public var links: [InternalLink]
    /// Whether the body holds at least one fenced code block tagged `http`.
    public var hasHTTPExample: Bool
}
