extension CodeStatus {
    /// The badge in lists of codes, where a long label would wrap: one or two words.
    var shortBadgeLabel: String? {
        switch self {
        case .registered: nil
        case .temporary: "Temporary"
        case .unused: "Unused"
        case .obsolete: "Obsolete"
        case .unofficial: "Unofficial"
        }
    }
}
