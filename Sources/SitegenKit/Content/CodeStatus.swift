/// Where a status code stands in the IANA registry, or outside it.
public enum CodeStatus: String, Sendable, CaseIterable, Codable {
    case registered
    case temporary
    case unused
    case obsolete
    case unofficial

    /// The badge shown on the code's page; registered codes need none.
    public var badgeLabel: String? {
        switch self {
        case .registered: nil
        case .temporary: "Temporary registration"
        case .unused: "IANA lists it as “(Unused)”"
        case .obsolete: "Obsolete"
        case .unofficial: "Unofficial"
        }
    }
}
