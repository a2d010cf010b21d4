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

extension SiteContent {
    /// Gives titles, summaries and plain-terms lines the same curly quotes and dashes as the
    /// bodies, when `smart_punctuation` is on, so a page never shows "I'm" above "I’m".
    mutating func applySmartPunctuation() {
        let smart = SmartPunctuation.apply(to:)
        for index in codes.indices {
            codes[index].title = smart(codes[index].title)
            codes[index].summary = codes[index].summary.map(smart)
            codes[index].plain = codes[index].plain.map(smart)
            codes[index].formerTitles = codes[index].formerTitles.map(smart)
        }
        for index in pages.indices {
            pages[index].title = smart(pages[index].title)
            pages[index].summary = pages[index].summary.map(smart)
        }
        for index in families.indices {
            families[index].title = smart(families[index].title)
            families[index].summary = families[index].summary.map(smart)
        }
    }
}
