/// A page that is not a status code, such as a guide: published at its path without `.md`.
///
/// Its Markdown body is not kept: a site may have any number of these pages, so the build reads
/// each file again when it renders the page (see `PlainPageBody`) and memory does not grow with
/// their text.
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
    /// `ContentHash.value` of the file's bytes when it was loaded, so that rendering can tell
    /// whether the file changed in between.
    public var sourceDigest: UInt64
}
