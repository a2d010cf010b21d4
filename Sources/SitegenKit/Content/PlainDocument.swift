/// A page that is not a status code, such as a guide: published at its path without `.md`.
///
/// Its Markdown body is not kept: a site may have any number of these pages, so the build reads
/// each file again when it renders the page (see `PlainPageBody`) and memory does not grow with
/// their text. Nor does it keep its file's paths, which follow from `path` and the content
/// directory that every page shares (one string for all of them).
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
    /// The content directory as the build was given it (`content`), to which `source` is relative.
    public var contentDirectory: String
    /// `ContentHash.value` of the file's bytes when it was loaded, so that rendering can tell
    /// whether the file changed in between.
    public var sourceDigest: UInt64

    public init(path: String, title: String, summary: String?, checked: CheckedDate? = nil, template: String,
                templateLocation: SourceLocation? = nil, source: SourceFile, sourceDigest: UInt64) {
        (self.path, self.title, self.summary, self.checked) = (path, title, summary, checked)
        (self.template, self.templateLocation, self.sourceDigest) = (template, templateLocation, sourceDigest)
        // `source.displayPath` is the directory joined to `source.relativePath`.
        contentDirectory = String(decoding: source.displayPath.utf8.dropLast(source.relativePath.utf8.count), as: UTF8.self)
    }

    /// The file the page was loaded from, without its text.
    public var source: SourceFile {
        let relativePath = path + ".md"
        return SourceFile(displayPath: joinPath(contentDirectory, relativePath), relativePath: relativePath, text: "")
    }
}
