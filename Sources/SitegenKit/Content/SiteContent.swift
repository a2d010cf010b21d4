/// Everything loaded from the content directory.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var codes: [CodeDocument]
    /// Always five entries, 1xx to 5xx, file-backed or built in.
    public var families: [FamilyDocument]
    public var pages: [PlainDocument]
}
