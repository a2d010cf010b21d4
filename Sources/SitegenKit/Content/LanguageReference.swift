/// What one library or language calls a status code, for example Go's `http.StatusSeeOther`.
public struct LanguageReference: Sendable, Equatable, Codable {
    /// The key as written in the front matter: a short key from `site.yml` (`go`) or a long label
    /// from the legacy format ("Go HTTP Status Constant").
    public var key: String
    public var value: String
    /// Where the key is written, for a key `site.yml` does not declare.
    public var location: SourceLocation?

    public init(key: String, value: String, location: SourceLocation? = nil) {
        self.key = key
        self.value = value
        self.location = location
    }

    /// Two references are the same when they say the same; where they are written does not matter.
    public static func == (lhs: LanguageReference, rhs: LanguageReference) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }
}
