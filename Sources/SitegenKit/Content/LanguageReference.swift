/// What one library or language calls a status code, for example Go's `http.StatusSeeOther`.
public struct LanguageReference: Sendable, Equatable {
    /// The key as written in the front matter: a short key from `site.yml` (`go`) or a long label
    /// from the legacy format ("Go HTTP Status Constant").
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
