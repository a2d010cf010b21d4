import Foundation

extension SpecLink {
    /// Builds a spec link from a URL alone, naming RFCs the way the canonical format does:
    /// `https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4` is RFC 9110, section 15.4.4.
    init(url: String) {
        if let match = url.lowercased().firstMatch(of: Self.rfcPattern) {
            self.init(title: "RFC \(match.1)", section: match.2.map(String.init), url: url)
        } else {
            self.init(title: URL(string: url)?.host ?? url, url: url)
        }
    }

    /// `rfc9110`, `rfc9110.html#section-15.4.4`: compiled once, not on every call.
    nonisolated(unsafe) private static let rfcPattern = /rfc(\d+)(?:\.html|\.txt)?(?:#section-([0-9.]+))?/
}
