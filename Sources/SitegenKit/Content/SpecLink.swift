/// A specification that defines a status code, for example RFC 9110 section 15.4.4.
public struct SpecLink: Sendable, Equatable, Codable {
    public var title: String
    public var section: String?
    public var url: String?

    public init(title: String, section: String? = nil, url: String? = nil) {
        self.title = title
        self.section = section
        self.url = url
    }
}
