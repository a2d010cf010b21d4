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
    public var template: String
    /// The content directory as the build was given it (`content`), to which `source` is relative.
    public var contentDirectory: String
    /// `ContentHash.value` of the file's bytes when it was loaded, so that rendering can tell
    /// whether the file changed in between.
    public var sourceDigest: UInt64
    // The date and the place below are kept as numbers: a site may have any number of these
    // pages, and as a `CheckedDate?` and a `SourceLocation?` they would take 64 bytes a page.
    /// `checked` as `CheckedDate.packed`; 0 without one.
    private var checkedDay: UInt32
    /// The line and column of `templateLocation` in the page's own file; 0 without one.
    private var templateLine: Int32
    private var templateColumn: Int32

    public init(path: String, title: String, summary: String?, checked: CheckedDate? = nil, template: String,
                templateLocation: SourceLocation? = nil, source: SourceFile, sourceDigest: UInt64) {
        (self.path, self.title, self.summary, self.template, self.sourceDigest) = (path, title, summary, template, sourceDigest)
        checkedDay = checked?.packed ?? 0
        (templateLine, templateColumn) = templateLocation.map { (Int32(clamping: $0.line), Int32(clamping: $0.column)) } ?? (0, 0)
        // `source.displayPath` is the directory joined to `source.relativePath`.
        contentDirectory = String(decoding: source.displayPath.utf8.dropLast(source.relativePath.utf8.count), as: UTF8.self)
    }

    /// When the page's facts were last verified against their sources.
    public var checked: CheckedDate? {
        checkedDay == 0 ? nil : CheckedDate(packed: checkedDay)
    }

    /// Where `layout` names the template, for a template that does not exist.
    public var templateLocation: SourceLocation? {
        templateLine == 0 ? nil : source.location(line: Int(templateLine), column: Int(templateColumn))
    }

    /// The file the page was loaded from, without its text.
    public var source: SourceFile {
        let relativePath = path + ".md"
        return SourceFile(displayPath: joinPath(contentDirectory, relativePath), relativePath: relativePath, text: "")
    }
}
