/// A page that is not a status code, such as a guide: published at its path without `.md`.
///
/// Its Markdown body is not kept: a site may have any number of these pages, so the build reads
/// each file again when it renders the page (see `PlainPageBody`) and memory does not grow with
/// their text. Nor does it keep its file's paths, which follow from `path` and the content
/// directory that every page shares (one string for all of them).
public struct PlainDocument: Sendable, Codable {
    /// The path inside the content directory without the extension, for example `guides/retry-after`.
    public var path: String
    public var template: String
    /// The content directory as the build was given it (`content`), to which `source` is relative.
    public var contentDirectory: String
    /// `ContentHash.value` of the file's bytes when it was loaded, so that rendering can tell
    /// whether the file changed in between.
    public var sourceDigest: UInt64
    // A site may have any number of these pages, so what follows is kept compactly: the title and
    // the summary as one text (one heap object instead of two), the date and the place as numbers
    // (a `CheckedDate?` and a `SourceLocation?` would take 64 bytes a page).
    /// `title` followed by `summary`.
    private var titleAndSummary: String
    /// How many UTF-8 bytes of `titleAndSummary` are the title.
    private var titleLength: UInt32
    private var hasSummary: Bool
    /// `checked` as `CheckedDate.packed`; 0 without one.
    private var checkedDay: UInt32
    /// The line and column of `templateLocation` in the page's own file; 0 without one.
    private var templateLine: Int32
    private var templateColumn: Int32

    public init(path: String, title: String, summary: String?, checked: CheckedDate? = nil, template: String,
                templateLocation: SourceLocation? = nil, source: SourceFile, sourceDigest: UInt64) {
        (self.path, self.template, self.sourceDigest) = (path, template, sourceDigest)
        (titleAndSummary, titleLength, hasSummary) = (title + (summary ?? ""), UInt32(title.utf8.count), summary != nil)
        checkedDay = checked?.packed ?? 0
        (templateLine, templateColumn) = templateLocation.map { (Int32(clamping: $0.line), Int32(clamping: $0.column)) } ?? (0, 0)
        // `source.displayPath` is the directory joined to `source.relativePath`.
        contentDirectory = String(decoding: source.displayPath.utf8.dropLast(source.relativePath.utf8.count), as: UTF8.self)
    }

    public var title: String {
        get { String(decoding: titleAndSummary.utf8.prefix(Int(titleLength)), as: UTF8.self) }
        set { (titleAndSummary, titleLength) = (newValue + (summary ?? ""), UInt32(newValue.utf8.count)) }
    }

    public var summary: String? {
        get { hasSummary ? String(decoding: titleAndSummary.utf8.dropFirst(Int(titleLength)), as: UTF8.self) : nil }
        set { (titleAndSummary, hasSummary) = (title + (newValue ?? ""), newValue != nil) }
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
