/// A page that is not a status code, such as a guide: published at its path without `.md`.
public struct PlainDocument: Sendable, Codable {
    /// The path inside the content directory without the extension, for example `guides/retry-after`.
    public var path: String
    public var title: String
    public var summary: String?
    /// When the page's facts were last verified against their sources.
    public var checked: CheckedDate? = nil
    public var template: String
    /// Where `layout` names the template, for a template that does not exist.
    public var templateLocation: SourceLocation? = nil
    public var source: SourceFile
    public var body: String
}
