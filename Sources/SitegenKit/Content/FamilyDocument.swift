/// A class of status codes (1xx to 5xx) with its title and introduction.
public struct FamilyDocument: Sendable, Codable {
    /// 1 to 5.
    public var digit: Int
    public var title: String
    public var summary: String?
    /// When the introduction's facts were last verified against their sources.
    public var checked: CheckedDate? = nil
    /// Markdown introduction, or `nil` for a family with no file.
    public var body: String?
    public var source: SourceFile?

    /// The family's name as shown to readers, for example "3xx Redirection".
    public var name: String { "\(digit)xx \(title)" }

    /// The RFC 9110 class names, used when `content/families/Nxx.md` is missing.
    public static let defaultTitles = [1: "Informational", 2: "Successful", 3: "Redirection", 4: "Client Error", 5: "Server Error"]

    public static func builtIn(digit: Int) -> FamilyDocument {
        FamilyDocument(digit: digit, title: defaultTitles[digit] ?? "", summary: nil, body: nil, source: nil)
    }
}
