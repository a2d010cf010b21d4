/// Everything loaded from the content directory.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var codes: [CodeDocument]
    /// Always five entries, 1xx to 5xx, file-backed or built in.
    public var families: [FamilyDocument]
    public var pages: [PlainDocument]
    /// Codes whose file (`codes/NNN.md`) exists but failed to load. Links to them are not
    /// reported as broken, so one bad file does not bury its own error under many others.
    public var unloadedCodes: Set<Int> = []
    /// Content-relative paths of every Markdown file that failed to load, for the same reason.
    public var unloadedSourcePaths: Set<String> = []
}
