/// One status code as loaded from its content file, whatever shape the file had.
public struct CodeDocument: Sendable, Codable {
    public var code: Located<Int>
    public var title: String
    public var summary: String?
    public var plain: String?
    public var status: CodeStatus
    /// When the page's facts were last verified against their sources.
    public var checked: CheckedDate? = nil
    public var origin: String?
    /// Marked `proposal: true` in the legacy format: proposed in a draft, not registered.
    public var isProposal: Bool
    /// The current definition first, then earlier ones.
    public var specs: [SpecLink]
    public var formerTitles: [String]
    public var headers: [String]
    public var related: [Located<Int>]
    public var references: [LanguageReference]
    /// The template that renders the page, without extension.
    public var template: String
    /// Where `layout` names the template, for a template that does not exist.
    public var templateLocation: SourceLocation? = nil
    public var source: SourceFile
    /// The Markdown body, with the lines that are not body blanked so line numbers match the file.
    public var body: String

    /// The family digit, 1 to 5.
    public var family: Int { code.value / 100 }
}
