/// A link from one page of the site to another (or to a place on the same page).
public struct InternalLink: Sendable, Equatable {
    public var target: PageID
    public var fragment: String?
    public var location: SourceLocation

    public init(target: PageID, fragment: String?, location: SourceLocation) {
        self.target = target
        self.fragment = fragment
        self.location = location
    }
}
