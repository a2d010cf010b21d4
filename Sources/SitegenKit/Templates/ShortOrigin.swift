import Foundation

/// The short form of an unofficial code's origin, for badges in lists: "nginx" from "nginx",
/// "Microsoft" from "Microsoft (WebDAV client extensions, Exchange ActiveSync)". The full text
/// stays on the code's own page.
enum ShortOrigin {
    /// Longer than this, a badge would wrap on a phone; the badge then says only "Unofficial".
    static let maximumLength = 12

    /// Compiled once: a regex literal in a function is rebuilt on every call.
    nonisolated(unsafe) private static let qualifier = /\s*(\(|,|\s\/\s)/

    static func make(_ origin: String) -> String? {
        let cut = origin.firstRange(of: qualifier).map { origin[..<$0.lowerBound] } ?? origin[...]
        let short = cut.trimmingCharacters(in: .whitespaces)
        return short.isEmpty || short.count > maximumLength ? nil : short
    }
}
