import Foundation

/// Turns heading text into `id`s that are stable and unique within one page.
///
/// Ids use a safe alphabet only: ASCII lowercase letters, digits and single hyphens. Accents are
/// folded ("Überschrift" becomes `uberschrift`), spaces and hyphens become single hyphens, and
/// everything else is dropped: "Server perspective" becomes `server-perspective`. A repeated slug
/// gets `-2`, `-3`, and so on, in document order; ids the templates already use (`main`, say)
/// count as taken.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init(reserved: Set<String> = []) {
        for id in reserved { used[id] = 1 }
    }

    public mutating func uniqueSlug(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var suffix = count + 1
        while used["\(base)-\(suffix)"] != nil { suffix += 1 }
        used[base] = suffix
        used["\(base)-\(suffix)"] = 1
        return "\(base)-\(suffix)"
    }

    public static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.append(UInt8(scalar.value))
            case "A"..."Z": slug.append(UInt8(scalar.value) + 32)
            case " ", "-", "\t": if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            default: continue
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }
}
